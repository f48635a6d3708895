package org.greenautoml.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleSupplier;
import java.util.function.ToDoubleFunction;
import org.greenautoml.TrialRecord;
import org.greenautoml.trial.internal.Refitter;
import org.greenautoml.trial.TrialModel;

/**
 * The models a user gets: after the search, the front's models are refitted on every row the
 * search was given ({@link Refitter}), the most accurate first, then the others from the cheapest
 * up (so the knee, usually cheap, is among the first), each only when its estimated cost fits in
 * what is left of the user's budget, and each charged to the ledger like a trial. A member whose
 * refit does not fit keeps its searched model, and the result says which were refitted.
 */
final class FinalModels {

  /** The multiplier on a refit's estimate (the trial's own cost scaled to the larger set). */
  static final double SAFETY = 2.0;

  private static final System.Logger LOG = System.getLogger(FinalModels.class.getName());

  private FinalModels() {}

  /**
   * Refits what fits and returns the refits by trial id.
   *
   * @param front the front, most accurate first
   * @param models the searched models of the front
   * @param refitter trains the final models
   * @param growth the factor by which a member's cost grows on all rows, by member
   * @param leftKg what is left of the user's budget
   * @param charge charges a refit's cost to the ledger
   */
  static Map<Integer, Refitter.Refit> refit(List<TrialRecord> front, Map<Integer, TrialModel> models,
      Refitter refitter, ToDoubleFunction<TrialRecord> growth, DoubleSupplier leftKg,
      DoubleConsumer charge) {
    List<TrialRecord> order = new ArrayList<>();
    if (!front.isEmpty()) {
      order.add(front.get(0));
      front.subList(1, front.size()).stream()
          .sorted(Comparator.comparingDouble(TrialRecord::costKgCO2e))
          .forEach(order::add);
    }
    Map<Integer, Refitter.Refit> refits = new LinkedHashMap<>();
    for (TrialRecord member : order) {
      TrialModel searched = models.get(member.id());
      if (searched == null) {
        continue;
      }
      double estimate = SAFETY * member.costKgCO2e() * growth.applyAsDouble(member);
      if (estimate > leftKg.getAsDouble()) {
        LOG.log(System.Logger.Level.DEBUG, "refit of trial {0} needs up to {1} kg, {2} left: kept"
            + " as searched", member.id(), estimate, leftKg.getAsDouble());
        continue;
      }
      Refitter.Refit refit = refitter.refit(member.configuration(), searched);
      charge.accept(refit.kgCO2e());
      refits.put(member.id(), refit);
    }
    return refits;
  }
}
