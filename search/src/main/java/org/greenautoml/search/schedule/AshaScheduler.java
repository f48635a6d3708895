package org.greenautoml.search.schedule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.greenautoml.search.space.Configuration;
import org.greenautoml.search.space.Observation;
import org.greenautoml.search.space.Sampler;

/**
 * ASHA (Li et al. 2020, Algorithm 2): a free worker gets a promotion if any rung, looked at from the
 * top, has a result in its best {@code floor(n / eta)} not yet promoted; otherwise a new
 * configuration at the lowest rung; with {@link BranchChampions}, a branch's champion is promoted
 * before a new configuration starts. No worker waits for a rung to fill. Ranking is multi-objective
 * (MO-ASHA). Waits only when the configuration limit is reached and no promotion is possible;
 * done when, in addition, nothing is running. Every successful result, at every rung, is passed to
 * the sampler ({@link Sampler#observe}), so a model-based sampler proposes from all of them. A
 * declined promotion is dropped (the configuration stays at its rung); a declined new
 * configuration does not count towards the limit.
 */
final class AshaScheduler implements Scheduler {

  private final List<Double> ladder;
  private final int eta;
  private final Sampler sampler;
  private final Promotion promotion;
  private final int maxConfigurations;
  private final List<AshaRung> rungs = new ArrayList<>();
  private final Set<Integer> running = new HashSet<>();
  private int nextId;
  private int started;
  private boolean samplerEmpty;

  AshaScheduler(FidelityLadder ladder, Sampler sampler, Promotion promotion, long seed,
      int maxConfigurations, Optional<BranchChampions> champions) {
    this.ladder = ladder.rungs();
    this.eta = ladder.eta();
    this.sampler = sampler;
    this.promotion = promotion;
    this.maxConfigurations = maxConfigurations;
    for (int k = 0; k + 1 < this.ladder.size(); k++) {
      rungs.add(new AshaRung(k, promotion, seed, champions));
    }
  }

  @Override
  public synchronized Decision next() {
    for (int k = rungs.size() - 1; k >= 0; k--) {
      TrialOutcome promoted = rungs.get(k).promote(eta);
      if (promoted != null) {
        return run(promoted.trial().configuration(), k + 1);
      }
    }
    for (int k = rungs.size() - 1; k >= 0; k--) {
      TrialOutcome champion = rungs.get(k).promoteChampion(eta);
      if (champion != null) {
        return run(champion.trial().configuration(), k + 1);
      }
    }
    if (started < maxConfigurations && !samplerEmpty) {
      Optional<Configuration> configuration = sampler.next();
      if (configuration.isPresent()) {
        started++;
        return run(configuration.get(), 0);
      }
      samplerEmpty = true;
    }
    return running.isEmpty()
        ? new Decision.Done("asha started " + started + " configurations and promoted all it could")
        : new Decision.Wait();
  }

  @Override
  public synchronized void report(TrialOutcome outcome) {
    int id = outcome.trial().id();
    if (!running.remove(id)) {
      throw new IllegalArgumentException("trial " + id + " must be running in asha to be reported");
    }
    RungRanker.requireMatches(outcome, promotion);
    int rung = outcome.trial().rung();
    if (outcome.status() == TrialStatus.SUCCEEDED) {
      if (rung < rungs.size()) {
        rungs.get(rung).add(outcome);
      }
      sampler.observe(observationOf(outcome, promotion));
    }
  }

  @Override
  public synchronized void decline(Trial trial) {
    if (!running.remove(trial.id())) {
      throw new IllegalArgumentException(
          "trial " + trial.id() + " must be running in asha to be declined");
    }
    if (trial.rung() == 0) {
      started--;
    }
  }

  /** What a sampler learns from a successful outcome. */
  static Observation observationOf(TrialOutcome outcome, Promotion promotion) {
    Trial trial = outcome.trial();
    return new Observation(trial.configuration(), trial.rung(), trial.fidelity(),
        promotion.objectives().toMinimisation(outcome.objectives().orElseThrow()));
  }

  @Override
  public String name() {
    return "asha";
  }

  private Decision run(Configuration configuration, int rung) {
    Trial trial = new Trial(nextId++, configuration, rung, ladder.get(rung), 0);
    running.add(trial.id());
    return new Decision.Run(trial);
  }
}
