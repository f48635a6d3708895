package org.greenautoml;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.greenautoml.data.FeatureEncoder;
import org.greenautoml.data.TabularData;
import org.greenautoml.errors.GreenAutoMLException;
import org.greenautoml.report.RunFiles;
import org.greenautoml.report.RunReports;
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
  private final Set<Integer> refitted;
  private final Map<String, Long> gridConfigurations;
  private final Optional<Path> runDirectory;
  private final Optional<CarbonTimeline> carbonTimeline;

  /**
   * A result, as the engine ({@code org.greenautoml.engine}) or {@link #load} assembles it; {@link
   * #builder} names the parts that are often left empty.
   *
   * @param trials every trial, in the order they finished
   * @param front the front's trials, best validation accuracy first
   * @param frontFidelity the fidelity of the front's trials
   * @param stopReason why the search stopped
   * @param budget what the search was allowed to spend and spent
   * @param provenance where the result came from
   * @param skippedFamilies families that did not apply, with the reason for each
   * @param frontModels the models of front trials, by trial id
   * @param encoder the encoder of table rows, when the search was given a table
   * @param gridConfigurations per applied family, the configurations of its grid
   * @param runDirectory the run directory it was loaded from, whose {@code models/} hold the
   *     front's saved models; empty for a result in memory
   * @param refitted the front trials whose models were refitted on training plus validation rows
   * @param carbonTimeline for a search charged by time, how it was charged
   */
  public SearchResult(
      List<TrialRecord> trials,
      List<TrialRecord> front,
      double frontFidelity,
      StopReason stopReason,
      BudgetStatement budget,
      Provenance provenance,
      Map<String, String> skippedFamilies,
      Map<Integer, TrialModel> frontModels,
      Optional<FeatureEncoder> encoder,
      Map<String, Long> gridConfigurations,
      Optional<Path> runDirectory,
      Set<Integer> refitted,
      Optional<CarbonTimeline> carbonTimeline) {
    this.carbonTimeline = requireNonNull(carbonTimeline, "carbonTimeline");
    this.trials = List.copyOf(trials);
    this.runDirectory = requireNonNull(runDirectory, "runDirectory");
    this.front = List.copyOf(front);
    this.frontFidelity = frontFidelity;
    this.stopReason = requireNonNull(stopReason, "stopReason");
    this.budget = requireNonNull(budget, "budget");
    this.provenance = requireNonNull(provenance, "provenance");
    this.skippedFamilies = Map.copyOf(skippedFamilies);
    this.frontModels = Map.copyOf(frontModels);
    this.encoder = requireNonNull(encoder, "encoder");
    this.refitted = Set.copyOf(refitted);
    this.gridConfigurations = Collections.unmodifiableMap(new LinkedHashMap<>(gridConfigurations));
    this.gridConfigurations.forEach((family, count) -> {
      if (count == null || count < 0) {
        throw new IllegalArgumentException(
            "grid configurations of " + family + " must be non-negative, found " + count);
      }
    });
  }

  /**
   * This result with every front model scored on {@code test}, rows the search never saw: each
   * front trial that has a model gets {@link TrialRecord#testScores()}, and the provenance names
   * the test table ({@link Provenance#testSet()}). The front, its order and every validation
   * figure stay as they are: test rows are scored, never used for selection.
   *
   * @param test a table with the training data's columns and target
   * @throws GreenAutoMLException if the search was given an encoded Tribuo dataset
   */
  public SearchResult scoredOn(TabularData test) {
    requireNonNull(test, "test");
    if (test.rowCount() < 1) {
      throw new GreenAutoMLException("the test table " + test.source() + " has no rows");
    }
    Map<Integer, TestScores> scores = new LinkedHashMap<>();
    for (TrialRecord member : front) {
      if (frontModels.containsKey(member.id())) {
        scores.put(member.id(), TestScoring.score(predict(member.id(), test), test));
      }
    }
    Provenance scored =
        provenance.withTestSet(new TestSet(test.source(), test.fingerprint(), test.rowCount()));
    return toBuilder().trials(withScores(trials, scores), withScores(front, scores))
        .provenance(scored).build();
  }

  private static List<TrialRecord> withScores(
      List<TrialRecord> records, Map<Integer, TestScores> scores) {
    return records.stream()
        .map(t -> scores.containsKey(t.id()) ? t.withTestScores(scores.get(t.id())) : t)
        .toList();
  }

  /**
   * Writes the run directory's files for this result into {@code directory} (created if missing):
   * {@code run.json} (what {@code greenautoml report} re-renders from, beside the journal), the
   * report ({@code report.json}, schema in {@code docs/report-schema.md}; {@code trials.csv};
   * {@code report.html}), {@code emissions.csv} (CodeCarbon's format) and the front's models under
   * {@code models/}. This is what {@code greenautoml fit} writes after its search.
   *
   * @return the files written
   * @throws IOException if a file cannot be written
   */
  public List<Path> writeTo(Path directory) throws IOException {
    return RunFiles.write(this, requireNonNull(directory, "directory"));
  }

  /**
   * The result of the run saved in {@code runDirectory} by {@link #writeTo} (or {@code greenautoml
   * fit}): the trials read from its journal without writing to it, the rest from its {@code
   * run.json}. Selection ({@code ModelSelector.front}) and export ({@code ModelExporter}) work on
   * it as on a result in memory; its front's models are the saved ones ({@link #runDirectory()}),
   * and {@link #predict} is not available (use {@code SavedModel}).
   *
   * @throws java.nio.file.NoSuchFileException if the journal or run.json is missing
   * @throws org.greenautoml.report.ReportFormatException if either cannot be read
   */
  public static SearchResult load(Path runDirectory) throws IOException {
    return RunReports.load(requireNonNull(runDirectory, "runDirectory"));
  }

  /**
   * The front trials whose model was refitted on training plus validation rows after the search
   * ({@link #model(int)} and {@link #predict(int, TabularData)} use the refitted model; the
   * trial's figures stay those the search measured on the validation rows). Empty for a result
   * loaded from a run directory (its saved models are the refitted ones).
   */
  public Set<Integer> refitted() {
    return refitted;
  }

  /**
   * How the search charged by time, when it had an intensity series: when each trial ran, the
   * intensity that applied to it, when the search waited, and the grams that saved.
   */
  public Optional<CarbonTimeline> carbonTimeline() {
    return carbonTimeline;
  }

  /** The run directory this result was loaded from, empty for a result in memory. */
  public Optional<Path> runDirectory() {
    return runDirectory;
  }

  /**
   * Per searched family that applied to the data, how many configurations grid search over its
   * space would train (the basis of the report's grid-search estimate), in search order.
   */
  public Map<String, Long> gridConfigurations() {
    return gridConfigurations;
  }

  /** Every trial, in the order they finished. */
  public List<TrialRecord> trials() {
    return trials;
  }

  /**
   * The attempts cluster members did not finish (a member left, died or shut down mid-trial), by
   * member address, in the order the trials finished: each was charged at least its trial's
   * reservation, and its trial ran again on another member. Empty for searches on this machine.
   * Only trials that then finished carry theirs (a trial that lost every member it tried fails
   * with the attempts in its failure reason).
   */
  public Map<String, List<org.greenautoml.trial.LostAttempt>> lostAttemptsByMember() {
    Map<String, List<org.greenautoml.trial.LostAttempt>> byMember = new java.util.TreeMap<>();
    trials.forEach(t -> t.metrics().ifPresent(m -> m.site().lostAttempts().forEach(a ->
        byMember.computeIfAbsent(a.member(), member -> new java.util.ArrayList<>()).add(a))));
    byMember.replaceAll((member, attempts) -> List.copyOf(attempts));
    return java.util.Collections.unmodifiableMap(byMember);
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
    return front.stream()
        .max(Comparator.comparingDouble((TrialRecord t) -> t.validationAccuracy().orElseThrow()));
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

  /** The model of front trial {@code id}: its refit when it was refitted, else as searched. */
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
                    "this result has no row encoder (the search was given an encoded Tribuo"
                        + " dataset: predict examples with model(" + id + "); or it was loaded from"
                        + " a run directory: predict with its saved model)"));
    List<Example<Label>> examples =
        IntStream.range(0, rows.rowCount()).mapToObj(r -> rowEncoder.encodeRow(rows, r)).toList();
    return model.predict(examples);
  }

  /** The encoder that turned table rows into features, when the search was given a table. */
  public Optional<FeatureEncoder> encoder() {
    return encoder;
  }

  /**
   * A builder of a result with these required parts; the others start empty (no skipped
   * families, models, encoder, grid sizes, run directory, refits or timeline).
   */
  public static Builder builder(List<TrialRecord> trials, List<TrialRecord> front,
      double frontFidelity, StopReason stopReason, BudgetStatement budget, Provenance provenance) {
    return new Builder(trials, front, frontFidelity, stopReason, budget, provenance);
  }

  /** A builder that starts from this result's parts. */
  public Builder toBuilder() {
    Builder builder = new Builder(trials, front, frontFidelity, stopReason, budget, provenance)
        .skippedFamilies(skippedFamilies).frontModels(frontModels)
        .gridConfigurations(gridConfigurations).refitted(refitted);
    builder.encoder = encoder;
    builder.runDirectory = runDirectory;
    builder.carbonTimeline = carbonTimeline;
    return builder;
  }

  /** Builds a {@link SearchResult}; the constructor checks the parts. Not thread-safe. */
  public static final class Builder {
    private List<TrialRecord> trials;
    private List<TrialRecord> front;
    private final double frontFidelity;
    private final StopReason stopReason;
    private final BudgetStatement budget;
    private Provenance provenance;
    private Map<String, String> skippedFamilies = Map.of();
    private Map<Integer, TrialModel> frontModels = Map.of();
    private Optional<FeatureEncoder> encoder = Optional.empty();
    private Map<String, Long> gridConfigurations = Map.of();
    private Optional<Path> runDirectory = Optional.empty();
    private Set<Integer> refitted = Set.of();
    private Optional<CarbonTimeline> carbonTimeline = Optional.empty();

    private Builder(List<TrialRecord> trials, List<TrialRecord> front, double frontFidelity,
        StopReason stopReason, BudgetStatement budget, Provenance provenance) {
      this.trials = trials;
      this.front = front;
      this.frontFidelity = frontFidelity;
      this.stopReason = stopReason;
      this.budget = budget;
      this.provenance = provenance;
    }

    /** Every trial and the front's trials. */
    public Builder trials(List<TrialRecord> all, List<TrialRecord> frontTrials) {
      this.trials = all;
      this.front = frontTrials;
      return this;
    }

    /** Where the result came from. */
    public Builder provenance(Provenance value) {
      this.provenance = value;
      return this;
    }

    /** Families that did not apply, with the reason for each. */
    public Builder skippedFamilies(Map<String, String> value) {
      this.skippedFamilies = value;
      return this;
    }

    /** The models of front trials, by trial id. */
    public Builder frontModels(Map<Integer, TrialModel> value) {
      this.frontModels = value;
      return this;
    }

    /** The encoder of table rows. */
    public Builder encoder(FeatureEncoder value) {
      this.encoder = Optional.of(value);
      return this;
    }

    /** Per applied family, the configurations of its grid, in search order. */
    public Builder gridConfigurations(Map<String, Long> value) {
      this.gridConfigurations = value;
      return this;
    }

    /** The run directory the result was loaded from. */
    public Builder runDirectory(Path value) {
      this.runDirectory = Optional.of(value);
      return this;
    }

    /** The front trials whose models were refitted. */
    public Builder refitted(Set<Integer> value) {
      this.refitted = value;
      return this;
    }

    /** How a search charged by time was charged. */
    public Builder carbonTimeline(Optional<CarbonTimeline> value) {
      this.carbonTimeline = requireNonNull(value, "carbonTimeline");
      return this;
    }

    /** The result. */
    public SearchResult build() {
      return new SearchResult(trials, front, frontFidelity, stopReason, budget, provenance,
          skippedFamilies, frontModels, encoder, gridConfigurations, runDirectory, refitted,
          carbonTimeline);
    }
  }
}
