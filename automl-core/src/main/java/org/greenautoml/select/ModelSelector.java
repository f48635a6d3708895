package org.greenautoml.select;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.greenautoml.report.RunReport;
import org.greenautoml.report.TrialRow;

/**
 * Chooses one model among candidate trials, usually a run's Pareto front (design notes, step 8):
 *
 * <ul>
 *   <li>{@link #knee()}: the best compromise, the point of maximum distance to the line through
 *       the extremes in normalised (validation error, log10 training kWh) space (Das 1999; see
 *       {@link KneePoint} for the exact rule, ties, and the cases of one and two candidates);
 *   <li>{@link #bestUnder(Cap, double)}: the most accurate candidate whose training kWh, training
 *       g CO2e or inference J per prediction is at most a limit;
 *   <li>{@link #cheapestWithin(double)}: the candidate with the lowest training kWh whose accuracy
 *       is within a loss, in percentage points, of the best candidate's.
 * </ul>
 *
 * <p>Ties go to higher accuracy, then lower training kWh (or the capped cost), then lower id, so
 * the answer does not depend on the candidates' order. A request that nothing satisfies returns
 * {@link Selection.NoneSatisfies} with the {@value #NEAREST} nearest candidates. Immutable and
 * thread-safe; each request is O(n log n) at most.
 */
public final class ModelSelector {

  /** How many nearest candidates a {@link Selection.NoneSatisfies} lists at most. */
  public static final int NEAREST = 3;

  /** Slack, in percentage points, when comparing an accuracy loss with the allowed loss. */
  static final double LOSS_TOLERANCE_PP = 1e-9;

  private final List<TrialRow> candidates;

  private ModelSelector(List<TrialRow> candidates) {
    this.candidates = candidates;
  }

  /**
   * A selector over {@code candidates}, each a {@link TrialRow#SUCCEEDED} trial.
   *
   * @throws IllegalArgumentException if a candidate did not succeed
   */
  public static ModelSelector of(List<TrialRow> candidates) {
    List<TrialRow> copy = List.copyOf(requireNonNull(candidates, "candidates must not be null"));
    for (TrialRow t : copy) {
      if (!t.succeeded()) {
        throw new IllegalArgumentException(
            "candidates must be SUCCEEDED trials, found trial " + t.id() + " " + t.status());
      }
    }
    return new ModelSelector(copy);
  }

  /** A selector over the Pareto front of {@code report}. */
  public static ModelSelector front(RunReport report) {
    return of(requireNonNull(report, "report must not be null").frontTrials());
  }

  /** The candidates, in the order given. */
  public List<TrialRow> candidates() {
    return candidates;
  }

  /** The knee of the candidates. */
  public Selection knee() {
    if (candidates.isEmpty()) {
      return empty("the knee");
    }
    KneePoint knee = new KneePoint(candidates);
    int a = knee.mostAccurate();
    int b = knee.cheapest();
    int k = knee.knee();
    TrialRow chosen = candidates.get(k);
    String why;
    if (candidates.size() == 1) {
      why = "the only candidate";
    } else if (a == b) {
      why = "both the most accurate and the cheapest of " + candidates.size() + " candidates";
    } else {
      why = String.format(Locale.ROOT,
          "knee of %d candidates: distance %.3f to the line from #%d (most accurate) to #%d "
              + "(cheapest) in normalised (error, log10 training kWh) space",
          candidates.size(), knee.distance(k, a, b), candidates.get(a).id(), candidates.get(b).id());
    }
    return new Selection.Chosen(chosen, why + "; " + figures(chosen));
  }

  /**
   * The most accurate candidate whose {@code cap} cost is at most {@code limit}.
   *
   * @param limit the most allowed, in {@link Cap#unit()}; finite and non-negative
   */
  public Selection bestUnder(Cap cap, double limit) {
    requireNonNull(cap, "cap must not be null");
    if (!Double.isFinite(limit) || limit < 0) {
      throw new IllegalArgumentException(
          cap.label() + " limit must be finite and >= 0, found " + limit);
    }
    String request = cap.label() + " <= " + limit + " " + cap.unit();
    if (candidates.isEmpty()) {
      return empty("a model with " + request);
    }
    Comparator<TrialRow> byCost = Comparator.comparingDouble(cap::of)
        .thenComparing(KneePoint.PREFERENCE);
    return candidates.stream()
        .filter(t -> cap.of(t) <= limit)
        .min(Comparator.comparingDouble(TrialRow::validationAccuracy).reversed()
            .thenComparing(byCost))
        .<Selection>map(t -> new Selection.Chosen(t,
            "most accurate of the candidates with " + request + "; " + figures(t)))
        .orElseGet(() -> {
          List<TrialRow> nearest = candidates.stream().sorted(byCost).limit(NEAREST).toList();
          TrialRow cheapest = nearest.get(0);
          return new Selection.NoneSatisfies("no candidate has " + request + "; the lowest is #"
              + cheapest.id() + " with " + cap.of(cheapest) + " " + cap.unit(), nearest);
        });
  }

  /**
   * The candidate with the lowest training kWh whose validation accuracy is at most
   * {@code lossPercentagePoints} below the best candidate's (for example 1.0 for one point).
   *
   * @param lossPercentagePoints the allowed loss, in [0, 100]
   */
  public Selection cheapestWithin(double lossPercentagePoints) {
    if (!(lossPercentagePoints >= 0 && lossPercentagePoints <= 100)) {
      throw new IllegalArgumentException(
          "accuracy loss must be in [0, 100] percentage points, found " + lossPercentagePoints);
    }
    if (candidates.isEmpty()) {
      return empty("the cheapest model within " + lossPercentagePoints + " points of the best");
    }
    TrialRow best = candidates.stream().min(KneePoint.PREFERENCE).orElseThrow();
    TrialRow chosen = candidates.stream()
        .filter(t -> lossPoints(best, t) <= lossPercentagePoints + LOSS_TOLERANCE_PP)
        .min(Comparator.comparingDouble(TrialRow::trainingKWh).thenComparing(KneePoint.PREFERENCE))
        .orElseThrow();
    String why = String.format(Locale.ROOT,
        "lowest training energy within %s percentage points of the best accuracy %.2f%% (#%d), "
            + "losing %.2f points", Double.toString(lossPercentagePoints),
        100 * best.validationAccuracy(), best.id(), lossPoints(best, chosen));
    return new Selection.Chosen(chosen, why + "; " + figures(chosen));
  }

  /** Accuracy loss of {@code t} against {@code best}, in percentage points. */
  static double lossPoints(TrialRow best, TrialRow t) {
    return 100 * (best.validationAccuracy() - t.validationAccuracy());
  }

  private static Selection empty(String request) {
    return new Selection.NoneSatisfies(
        "cannot choose " + request + ": there are no candidates (the front is empty)", List.of());
  }

  private static String figures(TrialRow t) {
    return String.format(Locale.ROOT,
        "#%d %s: accuracy %.2f%%, training %.3g kWh (%.3g g CO2e), inference %.3g J/prediction",
        t.id(), t.family(), 100 * t.validationAccuracy(), t.trainingKWh(), t.trainingGramsCO2e(),
        t.inferenceJoulesPerPrediction());
  }
}
