package org.greenautoml.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded property tests of the stratified holdout and k-fold against brute-force counts. */
final class StratifiedSplitTest {

  static Stream<Long> seeds() {
    return LongStream.range(0, 100).boxed();
  }

  private static int[] labels(Random random, int minPerClass) {
    int classes = 2 + random.nextInt(6);
    int n = classes * minPerClass + random.nextInt(1500);
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = i < classes * minPerClass ? i % classes : random.nextInt(classes);
    }
    return labels;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void holdout_randomLabels_partitionsWithEveryClassInEveryPart(long seed) {
    Random random = new Random(seed);
    int[] labels = labels(random, 3);
    double test = random.nextBoolean() ? 0 : 0.1 + 0.2 * random.nextDouble();
    double validation = 0.1 + 0.2 * random.nextDouble();

    StratifiedSplit.Holdout h = StratifiedSplit.holdout(labels, 1 - validation - test, validation,
        test, seed);

    int[] all = IntStream.concat(IntStream.concat(Arrays.stream(h.train()),
        Arrays.stream(h.validation())), Arrays.stream(h.test())).sorted().toArray();
    assertThat(all).isEqualTo(IntStream.range(0, labels.length).toArray());
    assertThat(h.train()).isSorted();
    assertThat(h.validation()).isSorted();
    assertThat(h.test()).isSorted();
    int classes = Arrays.stream(labels).max().orElseThrow() + 1;
    for (int[] part : test > 0 ? List.of(h.train(), h.validation(), h.test())
        : List.of(h.train(), h.validation())) {
      assertThat(Arrays.stream(part).map(r -> labels[r]).distinct().count()).isEqualTo(classes);
    }
    assertThat(h.validation().length).isCloseTo((int) (validation * labels.length),
        org.assertj.core.data.Offset.offset(classes + 1));
    if (test == 0) {
      assertThat(h.test()).isEmpty();
    }
    assertThat(StratifiedSplit.holdout(labels, 1 - validation - test, validation, test, seed)
        .train()).isEqualTo(h.train());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void kFold_randomLabels_foldsPartitionAndBalance(long seed) {
    Random random = new Random(seed);
    int k = 2 + random.nextInt(9);
    int[] labels = labels(random, k);

    List<StratifiedSplit.Fold> folds = StratifiedSplit.kFold(labels, k, seed);

    assertThat(folds).hasSize(k);
    int[] seen = new int[labels.length];
    int min = Integer.MAX_VALUE;
    int max = 0;
    for (StratifiedSplit.Fold f : folds) {
      Arrays.stream(f.test()).forEach(r -> seen[r]++);
      assertThat(f.train().length + f.test().length).isEqualTo(labels.length);
      assertThat(f.test()).isSorted();
      assertThat(f.train()).isSorted().doesNotContain(f.test());
      min = Math.min(min, f.test().length);
      max = Math.max(max, f.test().length);
    }
    assertThat(seen).containsOnly(1);
    assertThat(max - min).isLessThanOrEqualTo(1);
  }

  @Test
  void holdout_fractionsNotSummingToOne_throws() {
    assertThatThrownBy(() -> StratifiedSplit.holdout(new int[] {0, 1, 0, 1}, 0.5, 0.2, 0.2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("fractions must add up to 1, found 0.5 + 0.2 + 0.2");
  }

  @Test
  void holdout_differentSeeds_differ() {
    int[] labels = labels(new Random(1), 5);
    assertThat(StratifiedSplit.holdout(labels, 0.6, 0.2, 0.2, 1).train())
        .isNotEqualTo(StratifiedSplit.holdout(labels, 0.6, 0.2, 0.2, 2).train());
  }
}
