package org.greenautoml.search.schedule;

import java.util.List;

/**
 * Successive halving (one bracket) or Hyperband (all brackets, {@code s_max} first). A free worker
 * gets a trial from the first bracket that has one ready, so later brackets fill the time an earlier
 * one waits for its rung; with one worker the brackets run one after the other.
 */
final class BracketScheduler implements Scheduler {

  private final String name;
  private final List<SynchronousBracket> brackets;
  private final Promotion promotion;

  BracketScheduler(String name, List<SynchronousBracket> brackets, Promotion promotion) {
    this.name = name;
    this.promotion = promotion;
    this.brackets = List.copyOf(brackets);
  }

  @Override
  public synchronized Decision next() {
    boolean waiting = false;
    for (SynchronousBracket bracket : brackets) {
      Trial trial = bracket.poll();
      if (trial != null) {
        return new Decision.Run(trial);
      }
      waiting |= !bracket.finished();
    }
    return waiting
        ? new Decision.Wait()
        : new Decision.Done("every bracket of " + name + " reached its top rung");
  }

  @Override
  public synchronized void report(TrialOutcome outcome) {
    int id = outcome.trial().id();
    RungRanker.requireMatches(outcome, promotion);
    for (SynchronousBracket bracket : brackets) {
      if (bracket.owns(id)) {
        bracket.report(outcome);
        return;
      }
    }
    throw new IllegalArgumentException(
        "trial " + id + " must be running in " + name + " to be reported");
  }

  @Override
  public String name() {
    return name;
  }

  /** The brackets, for tests that check promotions. */
  List<SynchronousBracket> brackets() {
    return brackets;
  }
}
