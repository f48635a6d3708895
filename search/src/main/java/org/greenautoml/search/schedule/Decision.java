package org.greenautoml.search.schedule;

import static java.util.Objects.requireNonNull;

/** What a {@link Scheduler} tells a free worker: run a trial, wait for results, or stop. */
public sealed interface Decision {

  /** Run this trial and report its outcome. */
  record Run(Trial trial) implements Decision {
    /** Validates the trial. */
    public Run {
      requireNonNull(trial, "trial");
    }
  }

  /** Nothing can start until a running trial reports. */
  record Wait() implements Decision {}

  /** The scheduler has nothing more to run, for the stated reason. */
  record Done(String reason) implements Decision {
    /** Validates the reason. */
    public Done {
      requireNonNull(reason, "reason");
    }
  }
}
