package org.greenautoml.search.schedule;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;
import org.greenautoml.search.space.Configuration;

/**
 * One synchronous successive-halving bracket (Jamieson and Talwalkar 2016): every trial of a rung
 * must report before the best {@code floor(n / eta)} successful ones are promoted. Not thread-safe;
 * its owner synchronises.
 */
final class SynchronousBracket {

  private final HyperbandBracket plan;
  private final List<Double> ladder;
  private final Promotion promotion;
  private final long seed;
  private final IntSupplier ids;
  private final Deque<Configuration> queue = new ArrayDeque<>();
  private final Set<Integer> running = new HashSet<>();
  private final List<TrialOutcome> results = new ArrayList<>();
  private final List<List<Configuration>> promoted = new ArrayList<>();
  private int level;
  private boolean finished;

  SynchronousBracket(HyperbandBracket plan, List<Configuration> configurations,
      List<Double> ladder, Promotion promotion, long seed, IntSupplier ids) {
    this.plan = plan;
    this.ladder = ladder;
    this.promotion = promotion;
    this.seed = seed;
    this.ids = ids;
    queue.addAll(configurations);
    finished = configurations.isEmpty();
  }

  /** A trial to run, or empty when the bracket waits or is finished. */
  Trial poll() {
    if (queue.isEmpty()) {
      return null;
    }
    int rung = plan.startRung() + level;
    Trial trial = new Trial(ids.getAsInt(), queue.poll(), rung, ladder.get(rung), plan.s());
    running.add(trial.id());
    return trial;
  }

  boolean owns(int trialId) {
    return running.contains(trialId);
  }

  boolean finished() {
    return finished;
  }

  /** The configurations promoted into each rung after the first, in rank order. */
  List<List<Configuration>> promotions() {
    return List.copyOf(promoted);
  }

  void report(TrialOutcome outcome) {
    running.remove(outcome.trial().id());
    results.add(outcome);
    if (!running.isEmpty() || !queue.isEmpty()) {
      return;
    }
    if (level + 1 >= plan.rungSizes().size()) {
      finished = true;
      return;
    }
    List<TrialOutcome> successes =
        results.stream().filter(o -> o.status() == TrialStatus.SUCCEEDED).toList();
    List<TrialOutcome> ranked =
        RungRanker.rank(successes, promotion, RungRanker.rungSeed(seed, plan.s(), level));
    int keep = Math.min(plan.rungSizes().get(level + 1), ranked.size());
    List<Configuration> next = ranked.subList(0, keep).stream()
        .map(o -> o.trial().configuration()).toList();
    promoted.add(next);
    results.clear();
    level++;
    queue.addAll(next);
    finished = next.isEmpty();
  }
}
