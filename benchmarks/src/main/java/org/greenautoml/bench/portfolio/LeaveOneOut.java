package org.greenautoml.bench.portfolio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.greenautoml.search.portfolio.GreedyPortfolio;
import org.greenautoml.search.portfolio.PerformanceMatrix;
import org.greenautoml.search.portfolio.Portfolio;
import org.greenautoml.search.portfolio.PortfolioJson;

/**
 * The portfolio a benchmark may use on one dataset: selected from the stored performance matrix
 * (written by {@link PortfolioLearner}) with that dataset's column held out, so that nothing the
 * dataset showed the learner reaches the search that is scored on it. Thread-safe.
 */
public final class LeaveOneOut {

  /** The performance matrix resource, beside this class. */
  static final String MATRIX = "performance-matrix.json";

  /** The size of the benchmarks' portfolios, as the shipped one's ({@link PortfolioLearner}). */
  public static final int SIZE = 16;

  private LeaveOneOut() {}

  /** The portfolio learned from every stored dataset except {@code dataset}. */
  public static Portfolio without(String dataset) {
    return GreedyPortfolio.select(matrix(), SIZE, Set.of(dataset));
  }

  /** The stored performance matrix. */
  public static PerformanceMatrix matrix() {
    try (InputStream in = LeaveOneOut.class.getResourceAsStream(MATRIX)) {
      if (in == null) {
        throw new IllegalStateException("the benchmarks must hold the resource " + MATRIX
            + " beside " + LeaveOneOut.class.getName() + " (scripts/portfolio.sh writes it)");
      }
      return PortfolioJson.readMatrix(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the performance matrix " + MATRIX, e);
    }
  }
}
