package org.greenautoml.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.greenautoml.SearchProgress;

/**
 * What {@code fit} shows while it searches: on a terminal, a progress bar of the budget spent
 * (me.tongfei progressbar) with the trials done, the highest rung, g CO2e spent and left and the
 * best accuracy so far; otherwise (output piped or captured, {@code System.console() == null}) a
 * plain line on standard error when a trial finishes, at most one every {@value
 * Lines#PERIOD_NANOS} ns unless the highest rung rose. Thread-safe.
 */
abstract class FitProgress implements Consumer<SearchProgress>, AutoCloseable {

  /** Permille steps of the bar. */
  static final int STEPS = 1000;

  static FitProgress open(PrintWriter err, double budgetKgCO2e) {
    return System.console() == null ? new Lines(err) : new Bar(budgetKgCO2e);
  }

  static String describe(SearchProgress p) {
    return String.format(Locale.ROOT,
        "trials %d, rung %s, spent %.4g g CO2e, left %.4g g, best accuracy %s",
        p.trialsFinished(), p.highestRung() < 0 ? "-" : Integer.toString(p.highestRung()),
        p.spentKgCO2e() * 1000, p.remainingKgCO2e() * 1000,
        Double.isNaN(p.bestAccuracySoFar())
            ? "-" : String.format(Locale.ROOT, "%.2f%%", 100 * p.bestAccuracySoFar()));
  }

  /** The same, short enough to sit beside a bar on an 80-column terminal. */
  static String compact(SearchProgress p) {
    return String.format(Locale.ROOT, "%d trials, rung %s, best %s, %.2g g left",
        p.trialsFinished(), p.highestRung() < 0 ? "-" : Integer.toString(p.highestRung()),
        Double.isNaN(p.bestAccuracySoFar())
            ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * p.bestAccuracySoFar()),
        p.remainingKgCO2e() * 1000);
  }

  @Override
  public void close() {}

  /** Plain lines as trials finish. */
  static final class Lines extends FitProgress {
    static final long PERIOD_NANOS = 2_000_000_000L;
    private final PrintWriter err;
    private int printed;
    private int rung = -1;
    private long last = System.nanoTime() - PERIOD_NANOS;

    Lines(PrintWriter err) {
      this.err = err;
    }

    @Override
    public synchronized void accept(SearchProgress progress) {
      long now = System.nanoTime();
      if (progress.trialsFinished() > printed
          && (now - last >= PERIOD_NANOS || progress.highestRung() > rung)) {
        printed = progress.trialsFinished();
        rung = progress.highestRung();
        last = now;
        err.println("greenautoml fit: " + describe(progress));
        err.flush();
      }
    }
  }

  /** A terminal progress bar of the budget spent. */
  static final class Bar extends FitProgress {
    private final ProgressBar bar;
    private final double budgetKgCO2e;

    Bar(double budgetKgCO2e) {
      this.budgetKgCO2e = budgetKgCO2e;
      this.bar = new ProgressBarBuilder().setTaskName("budget").setInitialMax(STEPS)
          .setStyle(ProgressBarStyle.ASCII).setUnit("‰", 1).hideEta().build();
    }

    @Override
    public synchronized void accept(SearchProgress progress) {
      long step = Math.min(STEPS, Math.round(STEPS * progress.spentKgCO2e() / budgetKgCO2e));
      bar.stepTo(step);
      bar.setExtraMessage(compact(progress));
    }

    @Override
    public synchronized void close() {
      bar.close();
    }
  }
}
