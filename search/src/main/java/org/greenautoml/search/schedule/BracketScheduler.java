package org.greenautoml.search.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.greenautoml.search.space.Configuration;
import org.greenautoml.search.space.Sampler;

/**
 * Successive halving (one bracket) or Hyperband (all brackets, {@code s_max} first), for a stated
 * number of rounds over the plans. A bracket draws its configurations from the sampler when it
 * starts, so a model-based sampler proposes from every result of the brackets before it (as in
 * BOHB, Falkner et al. 2018). A free worker gets a trial from the first started bracket that has
 * one ready; when none has, the next planned bracket starts, so later brackets fill the time an
 * earlier one waits for its rung, and with one worker the brackets run one after the other. A
 * declined trial counts as a failed one in its bracket (it is not promoted). Done when every round
 * of brackets has reached its top rung.
 */
final class BracketScheduler implements Scheduler {

  private final String name;
  private final List<HyperbandBracket> plans;
  private final long rounds;
  private final Sampler sampler;
  private final List<Double> ladder;
  private final Promotion promotion;
  private final long seed;
  private final IntSupplier ids;
  private final long maxBrackets;
  private final List<SynchronousBracket> brackets = new ArrayList<>();
  private final List<SynchronousBracket> active = new ArrayList<>();
  private long planned;
  private boolean samplerEmpty;

  BracketScheduler(String name, List<HyperbandBracket> plans, long rounds, Sampler sampler,
      List<Double> ladder, Promotion promotion, long seed, IntSupplier ids) {
    this.name = name;
    this.plans = List.copyOf(plans);
    this.rounds = rounds;
    this.sampler = sampler;
    this.ladder = List.copyOf(ladder);
    this.promotion = promotion;
    this.seed = seed;
    this.ids = ids;
    this.maxBrackets =
        rounds >= Long.MAX_VALUE / this.plans.size() ? Long.MAX_VALUE : rounds * this.plans.size();
  }

  @Override
  public synchronized Decision next() {
    active.removeIf(SynchronousBracket::finished);
    for (SynchronousBracket bracket : active) {
      Trial trial = bracket.poll();
      if (trial != null) {
        return new Decision.Run(trial);
      }
    }
    boolean waiting = !active.isEmpty();
    while (planned < maxBrackets && !samplerEmpty) {
      SynchronousBracket started = startNext();
      Trial trial = started.poll();
      if (trial != null) {
        return new Decision.Run(trial);
      }
    }
    return waiting
        ? new Decision.Wait()
        : new Decision.Done("every bracket of " + name + " reached its top rung");
  }

  @Override
  public synchronized void report(TrialOutcome outcome) {
    RungRanker.requireMatches(outcome, promotion);
    owner(outcome.trial(), "reported").report(outcome);
    if (outcome.status() == TrialStatus.SUCCEEDED) {
      sampler.observe(AshaScheduler.observationOf(outcome, promotion));
    }
  }

  @Override
  public synchronized void decline(Trial trial) {
    owner(trial, "declined").report(TrialOutcome.unsuccessful(
        trial, TrialStatus.FAILED, 0, Measurements.NONE, "declined: its cost did not fit the budget"));
  }

  @Override
  public String name() {
    return name;
  }

  /** The brackets started so far, for tests that check promotions. */
  List<SynchronousBracket> brackets() {
    return brackets;
  }

  private SynchronousBracket owner(Trial trial, String what) {
    for (SynchronousBracket bracket : active) {
      if (bracket.owns(trial.id())) {
        return bracket;
      }
    }
    throw new IllegalArgumentException(
        "trial " + trial.id() + " must be running in " + name + " to be " + what);
  }

  private SynchronousBracket startNext() {
    HyperbandBracket plan = plans.get((int) (planned % plans.size()));
    planned++;
    List<Configuration> configurations = new ArrayList<>();
    for (int i = 0; i < plan.configurations() && !samplerEmpty; i++) {
      sampler.next().ifPresentOrElse(configurations::add, () -> samplerEmpty = true);
    }
    SynchronousBracket bracket =
        new SynchronousBracket(plan, configurations, ladder, promotion, seed, ids);
    brackets.add(bracket);
    active.add(bracket);
    return bracket;
  }
}
