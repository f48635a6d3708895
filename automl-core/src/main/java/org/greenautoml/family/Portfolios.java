package org.greenautoml.family;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.greenautoml.search.portfolio.Portfolio;
import org.greenautoml.search.portfolio.PortfolioJson;

/**
 * The warm-start portfolio the engine ships: configurations across the families that did well
 * over the shared datasets, best first, which a search evaluates before its sampler proposes any.
 *
 * <p>It is learned offline by {@code org.greenautoml.bench.portfolio.PortfolioLearner} ({@code
 * scripts/portfolio.sh}): each family's default and Sobol configurations scored on the shared
 * datasets (subsampled, one holdout each), then auto-sklearn 2.0's greedy selection (Feurer et al.
 * 2022) on the normalised accuracies, ties to the lower training CPU as in FLAML's low-cost
 * starting points (Wang et al. 2021). Benchmarks never use this one on a dataset it was learned
 * from: they select a leave-one-dataset-out portfolio from the stored performance matrix instead
 * ({@code docs/benchmarks.md}). Thread-safe; read once.
 */
public final class Portfolios {

  /** The resource, beside this class. */
  static final String RESOURCE = "portfolio.json";

  private static final Portfolio SHIPPED = read();

  private Portfolios() {}

  /** The shipped portfolio, learned from every shared dataset the learner used. */
  public static Portfolio shipped() {
    return SHIPPED;
  }

  private static Portfolio read() {
    try (InputStream in = Portfolios.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the jar must hold the resource " + RESOURCE
            + " beside " + Portfolios.class.getName() + "; rebuild it (scripts/portfolio.sh)");
      }
      return PortfolioJson.readPortfolio(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped portfolio " + RESOURCE, e);
    }
  }
}
