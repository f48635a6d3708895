package org.greenautoml.bench.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.greenautoml.search.portfolio.GreedyPortfolio;
import org.greenautoml.search.portfolio.PerformanceMatrix;
import org.greenautoml.search.portfolio.Portfolio;
import org.greenautoml.search.space.Configuration;

/**
 * How well leave-one-dataset-out portfolios do on the dataset they never saw, from the matrix
 * alone: per dataset D, the holdout accuracy on D of the best of the first 1, 3 and all entries of
 * the portfolio learned without D, beside the best candidate on D (an oracle) and XGBoost's
 * default. A Markdown table, for {@code docs/benchmarks.md}.
 */
final class LeaveOneOutReport {

  private LeaveOneOutReport() {}

  static String of(PerformanceMatrix matrix, int size) {
    StringBuilder out = new StringBuilder("| held-out dataset | portfolio size | best of first 1 "
        + "| best of first 3 | best of all | best candidate (oracle) | XGBoost default |\n"
        + "|---|---|---|---|---|---|---|\n");
    List<Double> gaps = new ArrayList<>();
    for (int d = 0; d < matrix.datasets().size(); d++) {
      String name = matrix.datasets().get(d);
      Portfolio portfolio = GreedyPortfolio.select(matrix, size, Set.of(name));
      double oracle = bestOf(matrix, matrix.candidates(), d);
      double all = bestOf(matrix, portfolio.configurations(), d);
      gaps.add(oracle - all);
      out.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s |%n", name,
          portfolio.configurations().size(),
          pct(bestOf(matrix, first(portfolio, 1), d)), pct(bestOf(matrix, first(portfolio, 3), d)),
          pct(all), pct(oracle), pct(bestOf(matrix, List.of(xgboostDefault(matrix)), d))));
    }
    double[] sorted = gaps.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    out.append(String.format(Locale.ROOT, "%nOracle minus best of the held-out portfolio: median"
        + " %.2f pp, max %.2f pp over %d datasets.%n", 100 * sorted[sorted.length / 2],
        100 * sorted[sorted.length - 1], sorted.length));
    return out.toString();
  }

  private static List<Configuration> first(Portfolio portfolio, int n) {
    return portfolio.configurations().subList(0, Math.min(n, portfolio.configurations().size()));
  }

  private static Configuration xgboostDefault(PerformanceMatrix matrix) {
    return matrix.candidates().stream().filter(c -> c.getString("family").equals("xgboost"))
        .findFirst().orElseThrow();
  }

  private static double bestOf(PerformanceMatrix matrix, List<Configuration> chosen, int d) {
    double best = Double.NaN;
    for (Configuration c : chosen) {
      double a = matrix.accuracy(matrix.candidates().indexOf(c), d);
      if (!Double.isNaN(a) && !(a <= best)) {
        best = a;
      }
    }
    return best;
  }

  private static String pct(double accuracy) {
    return Double.isNaN(accuracy) ? "-" : String.format(Locale.ROOT, "%.2f", 100 * accuracy);
  }
}
