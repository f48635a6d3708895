package org.greenautoml.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Property test of the fidelity ladder over seeded random labels, checked by brute force. */
final class NestedSubsamplerTest {

  static Stream<Long> seeds() {
    return LongStream.range(0, 300).boxed();
  }

  /** Labels with 2..8 classes of very different sizes (down to one row). */
  static int[] labels(Random random) {
    int classes = 2 + random.nextInt(7);
    int n = classes + random.nextInt(2000);
    double[] weights = new double[classes];
    for (int c = 0; c < classes; c++) {
      weights[c] = Math.pow(random.nextDouble(), 3);
    }
    double total = Arrays.stream(weights).sum();
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = i < classes ? i : pick(random.nextDouble() * total, weights);
    }
    return labels;
  }

  private static int pick(double u, double[] weights) {
    for (int c = 0; c < weights.length - 1; c++) {
      u -= weights[c];
      if (u < 0) {
        return c;
      }
    }
    return weights.length - 1;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void rows_randomLabelsAndLadder_nestedStratifiedAndDeterministic(long seed) {
    Random random = new Random(seed);
    int[] labels = labels(random);
    double[] ladder = random.doubles(1 + random.nextInt(5), 0.001, 1).sorted().toArray();
    NestedSubsampler sampler = new NestedSubsampler(labels, seed * 31 + 7);
    int classes = Arrays.stream(labels).max().orElseThrow() + 1;
    int[] sizes = new int[classes];
    Arrays.stream(labels).forEach(l -> sizes[l]++);

    Set<Integer> previous = Set.of();
    for (double f : ladder) {
      int[] rows = sampler.rows(f);
      assertThat(rows).isSorted().doesNotHaveDuplicates();
      Set<Integer> current = new HashSet<>();
      Arrays.stream(rows).forEach(current::add);
      assertThat(current).as("rows(%s) contains the lower rung", f).containsAll(previous);
      int[] counts = new int[classes];
      Arrays.stream(rows).forEach(r -> counts[labels[r]]++);
      for (int c = 0; c < classes; c++) {
        assertThat(counts[c]).as("class %d at fraction %s", c, f).isGreaterThanOrEqualTo(1)
            .isCloseTo((int) Math.round(f * sizes[c]), org.assertj.core.data.Offset.offset(1));
        assertThat(Math.abs(counts[c] - f * sizes[c])).isLessThanOrEqualTo(1.0);
      }
      assertThat(new NestedSubsampler(labels, seed * 31 + 7).rows(f)).as("same seed, same rows")
          .isEqualTo(rows);
      previous = current;
    }
    assertThat(sampler.rows(1.0)).isEqualTo(IntStream.range(0, labels.length).toArray());
  }

  @Test
  void rows_differentSeeds_drawDifferentRows() {
    int[] labels = labels(new Random(3));
    assertThat(new NestedSubsampler(labels, 1).rows(0.3))
        .isNotEqualTo(new NestedSubsampler(labels, 2).rows(0.3));
  }

  @Test
  void rows_fractionOutOfRange_throws() {
    NestedSubsampler sampler = new NestedSubsampler(new int[] {0, 1}, 1);
    assertThatThrownBy(() -> sampler.rows(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fraction must be in (0, 1], found 0.0");
    assertThatThrownBy(() -> sampler.rows(1.5)).isInstanceOf(IllegalArgumentException.class);
  }
}
