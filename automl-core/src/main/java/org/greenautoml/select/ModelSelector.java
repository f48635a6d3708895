package org.greenautoml.select;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.greenautoml.SearchResult;
import org.greenautoml.TrialRecord;

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

  private final List<Candidate> candidates;

  private ModelSelector(List<Candidate> candidates) {
    this.candidates = candidates;
  }

  /**
   * A selector over {@code candidates}, each a succeeded trial, of a run whose metered kWh cost
   * {@code kgCO2ePerKWh} (PUE times the region's intensity; {@link
   * org.greenautoml.Provenance#kgCO2ePerKWh()}).
   *
   * @throws IllegalArgumentException if a candidate did not succeed
   */
  public static ModelSelector of(List<TrialRecord> candidates, double kgCO2ePerKWh) {
    requireNonNull(candidates, "candidates must not be null");
    if (!(kgCO2ePerKWh >= 0) || Double.isInfinite(kgCO2ePerKWh)) {
      throw new IllegalArgumentException(
          "kg CO2e per kWh must be finite and >= 0, found " + kgCO2ePerKWh);
    }
    return new ModelSelector(
        candidates.stream().map(t -> Candidate.of(t, kgCO2ePerKWh)).toList());
  }

  /**
   * A selector over the Pareto front of {@code result}: a search's result in memory, or a run
   * directory loaded with {@link SearchResult#load}.
   */
  public static ModelSelector front(SearchResult result) {
    requireNonNull(result, "result must not be null");
    return of(result.front(), result.provenance().kgCO2ePerKWh());
  }

  /** The candidates, in the order given. */
  public List<TrialRecord> candidates() {
    return candidates.stream().map(Candidate::trial).toList();
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
    Candidate chosen = candidates.get(k);
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
    return new Selection.Chosen(chosen.trial(), why + "; " + figures(chosen));
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
    Comparator<Candidate> byCost = Comparator.comparingDouble(cap::of)
        .thenComparing(KneePoint.PREFERENCE);
    return candidates.stream()
        .filter(t -> cap.of(t) <= limit)
        .min(Comparator.comparingDouble(Candidate::validationAccuracy).reversed()
            .thenComparing(byCost))
        .<Selection>map(t -> new Selection.Chosen(t.trial(),
            "most accurate of the candidates with " + request + "; " + figures(t)))
        .orElseGet(() -> {
          List<Candidate> nearest = candidates.stream().sorted(byCost).limit(NEAREST).toList();
          Candidate cheapest = nearest.get(0);
          return new Selection.NoneSatisfies("no candidate has " + request + "; the lowest is #"
              + cheapest.id() + " with " + cap.of(cheapest) + " " + cap.unit(),
              nearest.stream().map(Candidate::trial).toList());
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
    Candidate best = candidates.stream().min(KneePoint.PREFERENCE).orElseThrow();
    Candidate chosen = candidates.stream()
        .filter(t -> lossPoints(best, t) <= lossPercentagePoints + LOSS_TOLERANCE_PP)
        .min(Comparator.comparingDouble(Candidate::trainingKWh).thenComparing(KneePoint.PREFERENCE))
        .orElseThrow();
    String why = String.format(Locale.ROOT,
        "lowest training energy within %s percentage points of the best accuracy %.2f%% (#%d), "
            + "losing %.2f points", Double.toString(lossPercentagePoints),
        100 * best.validationAccuracy(), best.id(), lossPoints(best, chosen));
    return new Selection.Chosen(chosen.trial(), why + "; " + figures(chosen));
  }

  /** Accuracy loss of {@code t} against {@code best}, in percentage points. */
  static double lossPoints(Candidate best, Candidate t) {
    return 100 * (best.validationAccuracy() - t.validationAccuracy());
  }

  private static Selection empty(String request) {
    return new Selection.NoneSatisfies(
        "cannot choose " + request + ": there are no candidates (the front is empty)", List.of());
  }

  private static String figures(Candidate t) {
    return String.format(Locale.ROOT,
        "#%d %s: accuracy %.2f%%, training %.3g kWh (%.3g g CO2e), inference %.3g J/prediction",
        t.id(), t.family(), 100 * t.validationAccuracy(), t.trainingKWh(), t.trainingGramsCO2e(),
        t.inferenceJoulesPerPrediction());
  }
}
