package org.greenautoml;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.greenautoml.data.FeatureEncoder;
import org.greenautoml.data.TabularData;
import org.greenautoml.search.execute.StopReason;
import org.greenautoml.trial.TrialModel;
import org.tribuo.Example;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

/**
 * The outcome of a search: every trial, the Pareto front of the models that reached the top
 * fidelity, what the search spent, why it stopped, and where it all came from.
 *
 * <p>The front's models are kept and predict new rows through {@link #predict(int, TabularData)}.
 * Immutable; thread-safe.
 */
public final class SearchResult {

  private final List<TrialRecord> trials;
  private final List<TrialRecord> front;
  private final double frontFidelity;
  private final StopReason stopReason;
  private final BudgetStatement budget;
  private final Provenance provenance;
  private final Map<String, String> skippedFamilies;
  private final Map<Integer, TrialModel> frontModels;
  private final Optional<FeatureEncoder> encoder;
  private final Optional<CarbonTimeline> carbonTimeline;

  SearchResult(
      List<TrialRecord> trials,
      List<TrialRecord> front,
      double frontFidelity,
      StopReason stopReason,
      BudgetStatement budget,
      Provenance provenance,
      Map<String, String> skippedFamilies,
      Map<Integer, TrialModel> frontModels,
      Optional<FeatureEncoder> encoder,
      Optional<CarbonTimeline> carbonTimeline) {
    this.trials = List.copyOf(trials);
    this.front = List.copyOf(front);
    this.frontFidelity = frontFidelity;
    this.stopReason = requireNonNull(stopReason, "stopReason");
    this.budget = requireNonNull(budget, "budget");
    this.provenance = requireNonNull(provenance, "provenance");
    this.skippedFamilies = Map.copyOf(skippedFamilies);
    this.frontModels = Map.copyOf(frontModels);
    this.encoder = requireNonNull(encoder, "encoder");
    this.carbonTimeline = requireNonNull(carbonTimeline, "carbonTimeline");
  }

  /**
   * How the search charged by time, when it had an intensity series: when each trial ran, the
   * intensity it was charged at, when the search waited, and the grams that saved.
   */
  public Optional<CarbonTimeline> carbonTimeline() {
    return carbonTimeline;
  }

  /** Every trial, in the order they finished. */
  public List<TrialRecord> trials() {
    return trials;
  }

  /**
   * The non-dominated trials among those that succeeded at {@link #frontFidelity()}, best
   * validation accuracy first.
   */
  public List<TrialRecord> front() {
    return front;
  }

  /** The fidelity the front's trials ran at: 1 unless the search stopped before any got there. */
  public double frontFidelity() {
    return frontFidelity;
  }

  /** Whether trial {@code id} is on the front. */
  public boolean isOnFront(int id) {
    return front.stream().anyMatch(t -> t.id() == id);
  }

  /** The front's most accurate trial on the validation rows, if the front is not empty. */
  public Optional<TrialRecord> mostAccurate() {
    return front.stream().max(Comparator.comparingDouble(TrialRecord::validationAccuracy));
  }

  /** Why the search stopped. */
  public StopReason stopReason() {
    return stopReason;
  }

  /** What the search was allowed to spend and spent. */
  public BudgetStatement budget() {
    return budget;
  }

  /** The data, seed, software, meter and carbon figures behind the result. */
  public Provenance provenance() {
    return provenance;
  }

  /** Families that did not apply to the data, with the reason for each. */
  public Map<String, String> skippedFamilies() {
    return skippedFamilies;
  }

  /** The model of front trial {@code id}. */
  public Optional<TrialModel> model(int id) {
    return Optional.ofNullable(frontModels.get(id));
  }

  /**
   * Predicts rows of a table with the same columns as the training data, with front trial
   * {@code id}'s model.
   *
   * @throws GreenAutoMLException if the trial is not on the front or the search was given an
   *     encoded Tribuo dataset (then predict Tribuo examples with {@link #model(int)})
   */
  public List<Prediction<Label>> predict(int id, TabularData rows) {
    TrialModel model =
        model(id).orElseThrow(() -> new GreenAutoMLException("trial " + id + " is not on the front"));
    FeatureEncoder rowEncoder =
        encoder.orElseThrow(
            () ->
                new GreenAutoMLException(
                    "this search was given an encoded Tribuo dataset; predict examples with model("
                        + id + ")"));
    List<Example<Label>> examples =
        IntStream.range(0, rows.rowCount()).mapToObj(r -> rowEncoder.encodeRow(rows, r)).toList();
    return model.predict(examples);
  }

  /** The encoder that turned table rows into features, when the search was given a table. */
  public Optional<FeatureEncoder> encoder() {
    return encoder;
  }
}
