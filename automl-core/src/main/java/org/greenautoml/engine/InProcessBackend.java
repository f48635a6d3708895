package org.greenautoml.engine;

import java.util.Optional;
import org.greenautoml.search.execute.TrialEvaluator;
import org.greenautoml.SearchObjective;
import org.greenautoml.trial.internal.CrossValidation;
import org.greenautoml.trial.internal.MeteredTrialEvaluator;
import org.greenautoml.trial.TrialModel;

/**
 * Trials in this JVM's threads ({@link org.greenautoml.Isolation#THREAD}): each trial is metered
 * on its own thread, and running trials report their spending every overhead period.
 */
final class InProcessBackend implements TrialBackend {

  private final MeteredTrialEvaluator evaluator;

  InProcessBackend(TrialSetup setup) {
    this.evaluator =
        new MeteredTrialEvaluator(
            setup.data(),
            setup.families()::get,
            setup.settings().meter(),
            setup.accountant(),
            setup.objectives(),
            setup.trialSeed(),
            setup.saveModel(),
            new CrossValidation(
                setup.settings().crossValidationRows(), CrossValidation.DEFAULT_FOLDS,
                CrossValidation.DEFAULT_CANDIDATES),
            setup.settings().objectives().contains(SearchObjective.MODEL_SIZE))
        .withClock(setup.clock());
  }

  @Override
  public TrialEvaluator evaluator() {
    return evaluator;
  }

  @Override
  public void reportProgress() {
    evaluator.reportProgress();
  }

  @Override
  public double inProcessTrialJoules() {
    return evaluator.meteredJoules();
  }

  @Override
  public Optional<TrialModel> model(int trialId) {
    return evaluator.model(trialId);
  }

  @Override
  public void close() {}
}
