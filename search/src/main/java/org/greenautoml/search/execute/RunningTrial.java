package org.greenautoml.search.execute;

import org.greenautoml.search.budget.Reservation;
import org.greenautoml.search.schedule.Trial;

/** A trial in flight: its reservation, its stop signal and when it started. */
final class RunningTrial {

  final Trial trial;
  final Reservation reservation;
  final StopSignal signal;
  final long startNanos;

  RunningTrial(Trial trial, Reservation reservation, StopSignal signal, long startNanos) {
    this.trial = trial;
    this.reservation = reservation;
    this.signal = signal;
    this.startNanos = startNanos;
  }

  /** What a worker hands back: the evaluation, or what it threw. */
  record Completion(RunningTrial running, TrialEvaluation evaluation, Throwable thrown) {}
}
