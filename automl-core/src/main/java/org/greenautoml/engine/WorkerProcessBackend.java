package org.greenautoml.engine;

import java.util.Optional;
import org.greenautoml.errors.GreenAutoMLException;
import org.greenautoml.search.execute.TrialEvaluator;
import org.greenautoml.trial.TrialModel;
import org.greenautoml.trial.worker.TrialWorkers;

/**
 * Trials in worker JVMs ({@link org.greenautoml.Isolation#PROCESS}) with a heap cap, killed on
 * out-of-memory, crash, time limit or a spent budget; workers meter themselves, and their start-up
 * is charged as overhead.
 */
final class WorkerProcessBackend implements TrialBackend {

  private final TrialWorkers workers;

  WorkerProcessBackend(TrialSetup setup) {
    try {
      this.workers =
          TrialWorkers.start(
              setup.data(),
              setup.families(),
              setup.trialSeed(),
              new TrialWorkers.Settings(
                  setup.settings().workerHeapMegabytes(), setup.settings().perTrialTimeLimit()),
              setup.accountant(),
              setup.objectives(),
              setup.chargeOverheadJoules());
    } catch (IllegalArgumentException e) {
      throw new GreenAutoMLException(e.getMessage(), e);
    }
  }

  @Override
  public TrialEvaluator evaluator() {
    return workers;
  }

  @Override
  public Optional<TrialModel> model(int trialId) {
    return workers.model(trialId);
  }

  @Override
  public void close() {
    workers.close();
  }
}
