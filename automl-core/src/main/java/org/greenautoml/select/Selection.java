package org.greenautoml.select;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.greenautoml.TrialRecord;

/**
 * The answer to a selection request: {@link Chosen} (a model and why) or {@link NoneSatisfies} (a
 * message saying why nothing qualifies, and the nearest candidates). Immutable.
 */
public sealed interface Selection permits Selection.Chosen, Selection.NoneSatisfies {

  /** The chosen trial, or empty when nothing satisfies the request. */
  Optional<TrialRecord> chosen();

  /**
   * A model was chosen.
   *
   * @param trial the chosen trial
   * @param why one sentence on why it was chosen, with the figures that decided
   */
  record Chosen(TrialRecord trial, String why) implements Selection {
    /** Validates the fields. */
    public Chosen {
      requireNonNull(trial, "chosen trial must not be null");
      requireNonNull(why, "reason must not be null");
    }

    @Override
    public Optional<TrialRecord> chosen() {
      return Optional.of(trial);
    }
  }

  /**
   * No candidate satisfies the request.
   *
   * @param message what was asked and why nothing qualifies
   * @param nearest the candidates closest to qualifying, closest first (empty when there are no
   *     candidates at all)
   */
  record NoneSatisfies(String message, List<TrialRecord> nearest) implements Selection {
    /** Validates the fields and copies the list. */
    public NoneSatisfies {
      requireNonNull(message, "message must not be null");
      nearest = List.copyOf(requireNonNull(nearest, "nearest candidates must not be null"));
    }

    @Override
    public Optional<TrialRecord> chosen() {
      return Optional.empty();
    }
  }
}
