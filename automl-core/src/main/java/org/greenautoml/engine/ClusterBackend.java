package org.greenautoml.engine;

import java.util.Optional;
import java.util.OptionalInt;
import org.greenautoml.ClusterSettings;
import org.greenautoml.cluster.ClusterTrials;
import org.greenautoml.errors.GreenAutoMLException;
import org.greenautoml.search.execute.TrialEvaluator;
import org.greenautoml.trial.TrialModel;

/**
 * Trials on the members of a Hazelcast cluster ({@link ClusterTrials}): each member meters its
 * own trials, each trial is priced at its member's region and PUE, and the next trial goes to the
 * free member with the lowest carbon intensity. As many trials run at once as the members have
 * threads when the search starts.
 */
final class ClusterBackend implements TrialBackend {

  private final ClusterTrials cluster;

  ClusterBackend(TrialSetup setup, ClusterSettings settings) {
    this.cluster = ClusterTrials.connect(settings, setup.data(), setup.families(),
        setup.trialSeed(), setup.objectives(), setup.saveModel()::applyAsLong);
    if (cluster.slots() == 0) {
      cluster.close();
      throw new GreenAutoMLException("cluster " + settings.name() + " at " + settings.members()
          + " has no trial member: start one with 'greenautoml worker --cluster "
          + settings.name() + "'");
    }
  }

  @Override
  public TrialEvaluator evaluator() {
    return cluster;
  }

  @Override
  public void reportProgress() {
    cluster.reportProgress();
  }

  @Override
  public OptionalInt slots() {
    return OptionalInt.of(cluster.slots());
  }

  @Override
  public Optional<TrialModel> model(int trialId) {
    return cluster.model(trialId);
  }

  @Override
  public void close() {
    cluster.close();
  }
}
