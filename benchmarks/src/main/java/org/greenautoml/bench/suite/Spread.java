package org.greenautoml.bench.suite;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Median, minimum and maximum of one figure over seeds, NaN values left out.
 *
 * @param median the median, NaN when every value is NaN
 * @param min the smallest value
 * @param max the largest value
 * @param count how many values were not NaN
 */
record Spread(double median, double min, double max, int count) {

  static <T> Spread of(List<T> items, ToDoubleFunction<T> figure) {
    double[] values = items.stream().mapToDouble(figure).filter(v -> !Double.isNaN(v)).sorted().toArray();
    if (values.length == 0) {
      return new Spread(Double.NaN, Double.NaN, Double.NaN, 0);
    }
    int n = values.length;
    double median = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    return new Spread(median, values[0], values[n - 1], n);
  }

  static double median(double[] values) {
    return of(Arrays.stream(values).boxed().toList(), Double::doubleValue).median();
  }
}
