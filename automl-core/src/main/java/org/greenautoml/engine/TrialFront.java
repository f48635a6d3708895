package org.greenautoml.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.greenautoml.SearchObjective;
import org.greenautoml.TrialRecord;
import org.greenautoml.search.pareto.FrontSelection;
import org.greenautoml.search.pareto.Objective;
import org.greenautoml.search.pareto.ObjectiveVector;
import org.greenautoml.search.pareto.Objectives;

/**
 * Picks the Pareto front of a search's trials: the non-dominated trials among those that
 * succeeded at the highest fidelity any trial reached.
 */
final class TrialFront {

  private TrialFront() {}

  /** The highest fidelity at which some trial succeeded, or 0 when none did. */
  static double topFidelity(List<TrialRecord> trials) {
    return trials.stream()
        .filter(TrialRecord::succeeded)
        .mapToDouble(TrialRecord::fidelity)
        .max()
        .orElse(0);
  }

  /** The front at {@code fidelity}, most accurate first (ties by id). */
  static List<TrialRecord> front(
      List<TrialRecord> trials, double fidelity, List<SearchObjective> objectives) {
    List<TrialRecord> candidates =
        trials.stream().filter(t -> t.succeeded() && t.fidelity() == fidelity).toList();
    Objectives ranked =
        Objectives.of(objectives.stream().map(SearchObjective::objective).toArray(Objective[]::new));
    List<TrialRecord> front =
        new ArrayList<>(
            FrontSelection.firstFront(
                candidates,
                ranked,
                trial ->
                    ObjectiveVector.of(
                        objectives.stream()
                            .mapToDouble(o -> o.valueOf(trial.metrics().orElseThrow()))
                            .toArray())));
    front.sort(
        Comparator.comparingDouble((TrialRecord t) -> t.validationAccuracy().orElseThrow())
            .reversed()
            .thenComparingInt(TrialRecord::id));
    return front;
  }
}
