package org.greenautoml.engine;

import java.util.Optional;
import org.greenautoml.search.execute.TrialEvaluator;
import org.greenautoml.trial.TrialModel;

/**
 * Where a search's trials run: in this JVM's threads ({@code InProcessBackend}), in worker JVMs
 * ({@code WorkerProcessBackend}), or elsewhere. The engine opens one per search from a {@link
 * TrialSetup}, hands its {@link #evaluator()} to the runner, asks it for the models of the front,
 * and closes it when the search ends.
 *
 * <p>Energy: a backend meters each trial and puts the trial's cost in its evaluation; energy the
 * backend spends outside trials (starting workers, moving data) it charges through {@link
 * TrialSetup#chargeOverheadJoules()}. Energy metered by trials inside this JVM is also counted by
 * the process meter, so {@link #inProcessTrialJoules()} tells the overhead charger how much of
 * the process's energy is trials'. Implementations are thread-safe: the runner calls the evaluator
 * from its worker threads while the overhead charger calls {@link #reportProgress()}.
 */
public interface TrialBackend extends AutoCloseable {

  /**
   * Opens the backend {@link org.greenautoml.SearchSettings#isolation()} names. A new backend (the
   * cluster of a later milestone) is a new implementation and a new case here.
   */
  static TrialBackend open(TrialSetup setup) {
    if (setup.settings().cluster().isPresent()) {
      return new ClusterBackend(setup, setup.settings().cluster().get());
    }
    return switch (setup.settings().isolation()) {
      case THREAD -> new InProcessBackend(setup);
      case PROCESS -> new WorkerProcessBackend(setup);
    };
  }

  /** Runs one trial at a time per calling thread; never null. */
  TrialEvaluator evaluator();

  /**
   * Charges what running trials have spent so far to the ledger, so that the budget sees a long
   * trial before it ends; called every overhead period. Nothing by default (a backend whose
   * trials are charged only when they end, or that enforces the budget itself).
   */
  default void reportProgress() {}

  /**
   * The energy, in joules, that trials metered inside this JVM so far (finished and running), to
   * tell trial energy from overhead in the process's reading; 0 for backends whose trials run
   * elsewhere.
   */
  default double inProcessTrialJoules() {
    return 0;
  }

  /**
   * How many trials the backend can run at once, when it decides that itself (a cluster: its
   * members' threads); empty to use the settings' workers.
   */
  default java.util.OptionalInt slots() {
    return java.util.OptionalInt.empty();
  }

  /** The trained model of finished top-fidelity trial {@code trialId}, while the backend is open. */
  Optional<TrialModel> model(int trialId);

  /** Ends the backend's workers; running trials are stopped. Idempotent. */
  @Override
  void close();
}
