package org.greenautoml;

import static java.util.Objects.requireNonNull;

import org.greenautoml.data.TabularData;
import org.greenautoml.engine.SearchRun;
import org.greenautoml.errors.GreenAutoMLException;
import org.tribuo.Dataset;
import org.tribuo.classification.Label;

/**
 * The GreenAutoML engine: searches model families and hyperparameters for a classification
 * dataset under a carbon budget, and returns the Pareto front of accuracy against energy.
 *
 * <p>Configure once with {@link #builder()}, then call {@link #search(TabularData, double)} as
 * often as needed; or use {@link #fit(TabularData, double)} with the defaults: multi-objective ASHA
 * (validation accuracy, training energy, inference energy; epsilon-net inside a front) over every
 * family that applies, an eta-3 ladder from 1/27 of the training rows to all of them, the world
 * average carbon intensity, PUE 1 and one worker per core. A search:
 *
 * <ol>
 *   <li>splits the rows, stratified and seeded, into training and validation parts;
 *   <li>asks the scheduler for trials, each a configuration at a fidelity of the ladder;
 *   <li>trains each on the nested subsample of that fidelity under the energy meter, and scores it;
 *   <li>charges every trial, and the engine's own overhead, to a carbon ledger, starting a trial
 *       only when its predicted cost fits (a hard cap with {@link Isolation#PROCESS}, which kills
 *       running workers; in-thread trials are stopped at their next example read, and a reserve
 *       absorbs the error of trainers that cannot be, see {@code engine.SearchRun.RESERVE_FRACTION}),
 *       and writes every event to the journal when an output
 *       directory is set;
 *   <li>stops when the budget is spent, the front stops improving, a limit is reached, or the
 *       space is exhausted, and says which.
 * </ol>
 *
 * <p>Immutable and thread-safe; a search with one worker is deterministic for the seed, apart
 * from measured energies (and any promotion that ranks on them).
 */
public final class GreenAutoML {

  private final SearchSettings settings;

  private GreenAutoML(SearchSettings settings) {
    this.settings = settings;
  }

  /** An engine with these settings. */
  public static GreenAutoML of(SearchSettings settings) {
    return new GreenAutoML(requireNonNull(settings, "settings"));
  }

  /** This engine's settings. */
  public SearchSettings settings() {
    return settings;
  }

  /** A builder that starts from this engine's settings; each may be overridden once. */
  public Builder toBuilder() {
    return new Builder(settings);
  }

  /** A builder; every setting may be set once. */
  public static Builder builder() {
    return new Builder();
  }

  /** Searches {@code data} with the default engine under a budget in kg CO2e. */
  public static SearchResult fit(TabularData data, double budgetKgCO2e) {
    return builder().build().search(data, budgetKgCO2e);
  }

  /** Searches an encoded Tribuo dataset with the default engine under a budget in kg CO2e. */
  public static SearchResult fit(Dataset<Label> data, double budgetKgCO2e) {
    return builder().build().search(data, budgetKgCO2e);
  }

  /**
   * Searches a table under a carbon budget.
   *
   * @param data the table, target included
   * @param budgetKgCO2e the most the search may emit, in kg CO2e
   * @throws GreenAutoMLException for a budget or data the search cannot use, before any energy is
   *     spent
   */
  public SearchResult search(TabularData data, double budgetKgCO2e) {
    requireBudget(budgetKgCO2e);
    return SearchRun.prepare(settings, requireNonNull(data, "data")).execute(budgetKgCO2e);
  }

  /**
   * Searches an encoded Tribuo dataset (numeric features; absent features are zeros, as in Tribuo)
   * under a carbon budget.
   *
   * @throws GreenAutoMLException for a budget or data the search cannot use
   */
  public SearchResult search(Dataset<Label> data, double budgetKgCO2e) {
    requireBudget(budgetKgCO2e);
    return SearchRun.prepare(settings, requireNonNull(data, "data")).execute(budgetKgCO2e);
  }

  static void requireBudget(double budgetKgCO2e) {
    if (!(budgetKgCO2e > 0) || Double.isInfinite(budgetKgCO2e)) {
      throw new GreenAutoMLException(
          "the carbon budget must be a positive, finite number of kg CO2e, found " + budgetKgCO2e);
    }
  }

  /**
   * Builds a {@link GreenAutoML}: the setters of {@link SearchSettings}, then {@link #build()}.
   * Each setting may be set once, and is checked when set. Not thread-safe.
   */
  public static final class Builder extends SettingsBuilder<Builder> {

    private Builder() {}

    private Builder(SearchSettings from) {
      super(from);
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * The engine.
     *
     * @throws GreenAutoMLException for settings that conflict, naming both
     */
    public GreenAutoML build() {
      return new GreenAutoML(settings());
    }
  }
}
