package org.greenautoml;

import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.greenautoml.cluster.ClusterSettings;
import org.greenautoml.cluster.ClusterTrials;
import org.greenautoml.cluster.MemberUsage;
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
 * @param workers how many trials run at once; empty for the engine's own setting
 * @param memberUsage what each cluster member spent (empty for the local backends)
 */
record TrialBackend(
    TrialEvaluator evaluator,
    Runnable reportProgress,
    DoubleSupplier inProcessTrialJoules,
    IntFunction<Optional<TrialModel>> models,
    OverheadAccount overheadAccount,
    Runnable closer,
    java.util.OptionalInt workers,
    java.util.function.Supplier<java.util.List<MemberUsage>> memberUsage)
    implements AutoCloseable {

  static TrialBackend inProcess(MeteredTrialEvaluator evaluator, OverheadAccount overhead) {
    return new TrialBackend(evaluator, evaluator::reportProgress, evaluator::meteredJoules,
        evaluator::model, overhead, () -> {}, java.util.OptionalInt.empty(), java.util.List::of);
  }

  static TrialBackend workers(
      GreenAutoML engine,
      PreparedData data,
      Map<String, ModelFamily> families,
      OverheadAccount overhead,
      Function<TrialMetrics, ObjectiveVector> objectives) {
    TrialWorkers workers;
    try {
      workers = TrialWorkers.start(data, families, engine.seed,
          new TrialWorkers.Settings(engine.workerHeapMegabytes, engine.perTrialTimeLimit),
          overhead.accountant(), objectives, overhead::charge);
    } catch (IllegalArgumentException e) {
      throw new GreenAutoMLException(e.getMessage());
    }
    return new TrialBackend(workers, () -> {}, () -> 0.0, workers::model,
        overhead, workers::close, java.util.OptionalInt.empty(), java.util.List::of);
  }

  static TrialBackend cluster(
      GreenAutoML engine,
      ClusterSettings settings,
      PreparedData data,
      Map<String, ModelFamily> families,
      OverheadAccount overhead,
      Function<TrialMetrics, ObjectiveVector> objectives,
      java.util.function.Consumer<TrialModel> topFidelityModels) {
    ClusterTrials cluster = ClusterTrials.connect(settings, data, families, engine.seed,
        objectives, topFidelityModels);
    if (cluster.slots() == 0) {
      cluster.close();
      throw new GreenAutoMLException("cluster " + settings.name() + " has no trial member");
    }
    return new TrialBackend(cluster, () -> {}, () -> 0.0, cluster::model, overhead,
        cluster::close, java.util.OptionalInt.of(cluster.slots()), cluster::usage);
  }

  @Override
  public void close() {
    closer.run();
  }
}
