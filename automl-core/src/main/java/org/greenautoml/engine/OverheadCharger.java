package org.greenautoml.engine;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import org.greenautoml.energy.EnergyReading;
import org.greenautoml.energy.Measurement;
import org.greenautoml.energy.attribution.MachineHolding;

/**
 * Charges the engine's own overhead to the ledger while a search runs, and reports running trials'
 * spending, so that the budget covers the whole process and not only the trials.
 *
 * <p>Every {@value #PERIOD_MILLIS} ms it reads the process's energy since the search began,
 * subtracts what the trials metered in this process (finished and running; nothing when trials
 * run in worker processes, which meter themselves), and charges any increase of the difference as
 * overhead. The budget therefore holds to within one period of spending. The overhead is journalled
 * after the first period (which covers the data preparation) and then every {@value
 * #JOURNAL_EVERY_PERIODS} periods, so a search killed with SIGKILL loses at most that long of
 * overhead from its resumed total. Runs on one daemon thread; {@link #close()} stops it after a
 * last charge. After each charge it runs {@code onTick} (the progress listener, if any).
 *
 * <p>The <em>static share</em> (the meter's idle power × the time the search has held the machine ×
 * its machine share; nothing with RAPL, whose process reading holds a share of idle power) is
 * charged with the overhead, so the budget covers the machine the search holds. The
 * <em>embodied share</em> is computed for the same time and charged only when the settings ask
 * ({@code includeEmbodied}); both are kept apart for the report.
 */
final class OverheadCharger implements AutoCloseable {

  static final long PERIOD_MILLIS = 200;

  /** How many periods pass between two overhead events in the journal (each forces a write). */
  static final int JOURNAL_EVERY_PERIODS = 5;

  /** The largest overhead share a reservation adds to a trial's estimate. */
  static final double MAX_OVERHEAD_SHARE = 1.0;

  private final Measurement process;
  private final Runnable reportProgress;
  private final DoubleSupplier meteredJoules;
  private final OverheadAccount account;
  private final Runnable onTick;
  private final ScheduledExecutorService timer;
  private final MachineHolding holding;
  private final boolean chargeEmbodied;
  private double staticJoules;
  private double embodiedKgCO2e;
  private double chargedJoules;
  private double joulesBeforeTrials = -1;
  private long periods;
  private boolean closed;

  OverheadCharger(
      Measurement process,
      Runnable reportProgress,
      DoubleSupplier meteredJoules,
      OverheadAccount account,
      Runnable onTick,
      MachineHolding holding,
      boolean chargeEmbodied) {
    this.holding = holding;
    this.chargeEmbodied = chargeEmbodied;
    this.process = process;
    this.reportProgress = reportProgress;
    this.meteredJoules = meteredJoules;
    this.onTick = onTick;
    this.account = account;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "greenautoml-overhead");
              thread.setDaemon(true);
              return thread;
            });
    timer.scheduleAtFixedRate(this::charge, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
  }

  /**
   * Overhead since the first trial began per joule the trials metered in this process, at most
   * {@value #MAX_OVERHEAD_SHARE}, for reservations that cover the overhead a trial brings with it;
   * 0 until trials have metered something. The data preparation before the first trial is left
   * out, since it does not recur.
   */
  synchronized double overheadShare() {
    double trials = meteredJoules.getAsDouble();
    if (!(trials > 0) || joulesBeforeTrials < 0) {
      return 0;
    }
    return Math.min(MAX_OVERHEAD_SHARE, (chargedJoules - joulesBeforeTrials) / trials);
  }

  private synchronized void charge() {
    reportProgress.run();
    double trials = meteredJoules.getAsDouble();
    if (joulesBeforeTrials < 0 && trials > 0) {
      joulesBeforeTrials = chargedJoules;
    }
    EnergyReading now = process.current();
    double held = holding.staticShare(now.wallTime()).joules();
    double overhead = Math.max(0, now.joules() - trials) + held;
    staticJoules = held;
    double embodied = holding.embodiedKgCO2e(now.wallTime());
    if (chargeEmbodied && embodied > embodiedKgCO2e) {
      account.chargeKgCO2e(embodied - embodiedKgCO2e);
    }
    embodiedKgCO2e = Math.max(embodiedKgCO2e, embodied);
    double increase = overhead - chargedJoules;
    if (increase > 0) {
      account.charge(increase);
      chargedJoules = overhead;
    }
    if (periods++ % JOURNAL_EVERY_PERIODS == 0) {
      account.flush();
    }
    onTick.run();
  }

  /** The static share charged so far (this process), J. */
  synchronized double staticJoules() {
    return staticJoules;
  }

  /** The embodied share so far (this process), kg CO2e; charged only when the settings ask. */
  synchronized double embodiedKgCO2e() {
    return embodiedKgCO2e;
  }

  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    timer.shutdownNow();
    try {
      timer.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    charge();
    account.flush();
    process.stop();
  }
}
