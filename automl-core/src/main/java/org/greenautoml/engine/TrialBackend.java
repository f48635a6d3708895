package org.greenautoml.engine;

import org.greenautoml.GreenAutoMLException;
import org.greenautoml.Isolation;
import org.greenautoml.SearchSettings;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.greenautoml.family.ModelFamily;
import org.greenautoml.search.execute.TrialEvaluator;
import org.greenautoml.search.pareto.ObjectiveVector;
import org.greenautoml.trial.MeteredTrialEvaluator;
import org.greenautoml.trial.PreparedData;
import org.greenautoml.trial.TrialMetrics;
import org.greenautoml.trial.TrialModel;
import org.greenautoml.trial.worker.TrialWorkers;

/**
 * Where a search's trials run, per {@link Isolation}: the evaluator, what the overhead charger
 * needs to tell trial energy from overhead, and the trained models of the front.
 *
 * @param evaluator runs trials
 * @param reportProgress pushes running trials' spending to the ledger (in-process trials)
 * @param inProcessTrialJoules energy of trials metered inside this JVM
 * @param models the model of a finished top-fidelity trial
 * @param overheadAccount where overhead is charged and journalled
 * @param closer ends the workers
 */
record TrialBackend(
    TrialEvaluator evaluator,
    Runnable reportProgress,
    DoubleSupplier inProcessTrialJoules,
    IntFunction<Optional<TrialModel>> models,
    OverheadAccount overheadAccount,
    Runnable closer)
    implements AutoCloseable {

  static TrialBackend inProcess(MeteredTrialEvaluator evaluator, OverheadAccount overhead) {
    return new TrialBackend(evaluator, evaluator::reportProgress, evaluator::meteredJoules,
        evaluator::model, overhead, () -> {});
  }

  static TrialBackend workers(
      SearchSettings settings,
      PreparedData data,
      Map<String, ModelFamily> families,
      OverheadAccount overhead,
      Function<TrialMetrics, ObjectiveVector> objectives) {
    TrialWorkers workers;
    try {
      workers = TrialWorkers.start(data, families, settings.seed(),
          new TrialWorkers.Settings(settings.workerHeapMegabytes(), settings.perTrialTimeLimit()),
          overhead.accountant(), objectives, overhead::charge);
    } catch (IllegalArgumentException e) {
      throw new GreenAutoMLException(e.getMessage());
    }
    return new TrialBackend(workers, () -> {}, () -> 0.0, workers::model,
        overhead, workers::close);
  }

  @Override
  public void close() {
    closer.run();
  }
}
