package org.greenautoml.search.schedule;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.greenautoml.search.space.Configuration;
import org.greenautoml.search.space.Sampler;

/**
 * Grid or random search: every configuration once, at full fidelity, no promotion. Successful
 * results are passed to the sampler; a declined configuration does not count towards the limit.
 */
final class FullFidelityScheduler implements Scheduler {

  private final String name;
  private final Sampler sampler;
  private final int maxTrials;
  private final Set<Integer> running = new HashSet<>();
  private int nextId;
  private boolean samplerEmpty;

  private final Optional<Promotion> promotion;
  private int declined;

  FullFidelityScheduler(
      String name, Sampler sampler, int maxTrials, Optional<Promotion> promotion) {
    this.promotion = promotion;
    this.name = name;
    this.sampler = sampler;
    this.maxTrials = maxTrials;
  }

  @Override
  public synchronized Decision next() {
    if (nextId - declined < maxTrials && !samplerEmpty) {
      Optional<Configuration> configuration = sampler.next();
      if (configuration.isPresent()) {
        Trial trial = new Trial(nextId++, configuration.get(), 0, 1.0, 0);
        running.add(trial.id());
        return new Decision.Run(trial);
      }
      samplerEmpty = true;
    }
    return running.isEmpty()
        ? new Decision.Done(
            "all " + (nextId - declined) + " configurations of " + name + " evaluated")
        : new Decision.Wait();
  }

  @Override
  public synchronized void report(TrialOutcome outcome) {
    int id = outcome.trial().id();
    if (!running.remove(id)) {
      throw new IllegalArgumentException(
          "trial " + id + " must be running in " + name + " to be reported");
    }
    if (outcome.status() == TrialStatus.SUCCEEDED && promotion.isPresent()) {
      sampler.observe(AshaScheduler.observationOf(outcome, promotion.get()));
    }
  }

  @Override
  public synchronized void decline(Trial trial) {
    if (!running.remove(trial.id())) {
      throw new IllegalArgumentException(
          "trial " + trial.id() + " must be running in " + name + " to be declined");
    }
    declined++;
  }

  @Override
  public String name() {
    return name;
  }
}
