package org.greenautoml.bench.suite;

import static java.util.Objects.requireNonNull;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.greenautoml.data.DatasetRegistry;
import org.greenautoml.data.StratifiedSplit;
import org.greenautoml.data.TabularData;

/**
 * Runs every method on every dataset and seed, on the same splits and under the same budget, and
 * computes the figures that compare them.
 *
 * <p>Per dataset and seed: one stratified, seeded train/test split; each method searches the
 * training part (making its own validation split of it); its full-fidelity models are scored once
 * on the test part. Not thread-safe; runs searches one after another.
 */
public final class ComparisonSuite {

  private static final System.Logger LOG = System.getLogger(ComparisonSuite.class.getName());

  private final SuiteSettings settings;

  /** A suite for {@code settings}. */
  public ComparisonSuite(SuiteSettings settings) {
    this.settings = requireNonNull(settings, "settings");
  }

  /**
   * Runs it.
   *
   * @throws org.greenautoml.data.DatasetException for a dataset that is not in the manifest or
   *     cannot be read
   */
  public SuiteResult run() {
    return run(partial -> {});
  }

  /**
   * Runs it, handing the figures so far to {@code afterEachDataset} when a dataset is done (so a
   * long run that is cut short leaves its finished datasets behind).
   */
  public SuiteResult run(Consumer<SuiteResult> afterEachDataset) {
    long started = System.nanoTime();
    DatasetRegistry registry = DatasetRegistry.fromManifest(settings.manifest());
    MethodRunner runner = new MethodRunner(settings.workers(), settings.timeLimit());
    List<RunFigures> figures = new ArrayList<>();
    for (String name : settings.datasets()) {
      TabularData data = registry.load(name);
      List<MethodRun> runs = new ArrayList<>();
      for (long seed : settings.seeds()) {
        StratifiedSplit.Holdout split = TrainTestSplit.of(data, settings.testFraction(), seed);
        TabularData train = data.rows(split.train());
        TabularData test = data.rows(split.test());
        for (Method method : settings.methods()) {
          MethodRun run = runner.run(method, name, train, test, seed, settings.budgetKgCO2e());
          LOG.log(Level.INFO, () -> String.format(Locale.ROOT,
              "%s seed %d %s: %d trials, %.4f g CO2e, %.1f s, best test %.4f, %s",
              name, seed, method.cliName(), run.trials(), run.spentKgCO2e() * 1000,
              run.wallSeconds(), run.bestTestAccuracy(), run.stopReason()));
          runs.add(run);
        }
      }
      figures.addAll(Comparison.of(runs));
      afterEachDataset.accept(
          new SuiteResult(settings, figures, (System.nanoTime() - started) / 1e9));
    }
    return new SuiteResult(settings, figures, (System.nanoTime() - started) / 1e9);
  }
}
