package org.greenautoml.engine;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleConsumer;
import org.greenautoml.search.timing.SearchClock;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.greenautoml.SearchSettings;
import org.greenautoml.energy.carbon.CarbonAccountant;
import org.greenautoml.family.ModelFamily;
import org.greenautoml.search.pareto.ObjectiveVector;
import org.greenautoml.trial.internal.PreparedData;
import org.greenautoml.trial.TrialMetrics;
import org.greenautoml.trial.TrialModel;

/**
 * What a {@link TrialBackend} is opened with: everything a trial needs, whichever backend runs it.
 *
 * @param settings the search's settings (workers, isolation, worker heap, time limits)
 * @param data the prepared training and validation rows
 * @param families the families that apply to the data, by name
 * @param trialSeed the seed of the trials, split per configuration for each trial
 * @param accountant how joules become kg CO2e
 * @param objectives the objective vector of a trial's metrics
 * @param saveModel called with each top-fidelity model as it is trained (saves it when there is
 *     an output directory, so that a resumed search still has the models of replayed trials, and
 *     returns the saved file's size in bytes, which is the model's serialised size; -1 when it
 *     saved nothing); the
 *     worker-process backend does not call it yet, so a resumed process-isolated search has only
 *     the models of the trials it ran itself
 * @param chargeOverheadJoules charges energy the backend spends outside trials
 * @param clock the search clock trials are timed by (charging by time with an intensity series)
 */
public record TrialSetup(
    SearchSettings settings,
    PreparedData data,
    Map<String, ModelFamily> families,
    long trialSeed,
    CarbonAccountant accountant,
    Function<TrialMetrics, ObjectiveVector> objectives,
    ToLongFunction<TrialModel> saveModel,
    DoubleConsumer chargeOverheadJoules,
    SearchClock clock) {

  /** Checks that every part is present; copies the families, keeping their order. */
  public TrialSetup {
    requireNonNull(settings, "settings");
    requireNonNull(data, "data");
    families = Collections.unmodifiableMap(new LinkedHashMap<>(families));
    requireNonNull(accountant, "accountant");
    requireNonNull(objectives, "objectives");
    requireNonNull(saveModel, "saveModel");
    requireNonNull(chargeOverheadJoules, "chargeOverheadJoules");
    requireNonNull(clock, "clock");
  }

  /** A setup timed by the system clock. */
  public TrialSetup(SearchSettings settings, PreparedData data, Map<String, ModelFamily> families,
      long trialSeed, CarbonAccountant accountant,
      Function<TrialMetrics, ObjectiveVector> objectives, ToLongFunction<TrialModel> saveModel,
      DoubleConsumer chargeOverheadJoules) {
    this(settings, data, families, trialSeed, accountant, objectives, saveModel,
        chargeOverheadJoules, SearchClock.system());
  }
}
