package org.greenautoml.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.tribuo.Feature;
import org.tribuo.MutableFeatureMap;
import org.tribuo.util.Merger;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;

/**
 * {@link PresortedExample} against {@code ArrayExample} as the oracle: validation, and examples
 * that share one names array staying independent under every mutation.
 */
final class PresortedExampleTest {

  private static final Label LABEL = new Label("a");

  @RepeatedTest(200)
  void validateExample_randomExamples_agreesWithArrayExample(RepetitionInfo info) {
    SplittableRandom random = new SplittableRandom(info.getCurrentRepetition());
    int size = random.nextInt(6);
    String[] names = new String[size];
    double[] values = new double[size];
    for (int i = 0; i < size; i++) {
      names[i] = "f" + random.nextInt(4);
      values[i] = random.nextInt(8) == 0 ? Double.NaN : random.nextInt(3) - 1;
    }
    boolean presorted = random.nextBoolean();
    if (presorted) {
      names = Arrays.stream(names).distinct().sorted().toArray(String[]::new);
      values = Arrays.copyOf(values, names.length);
    }
    ArrayExample<Label> oracle = new ArrayExample<>(LABEL, names.clone(), values.clone());
    PresortedExample<Label> example = new PresortedExample<>(LABEL, new FeatureNameSet(names), values);
    if (random.nextInt(3) == 0) {
      Feature extra = new Feature("f" + random.nextInt(4), random.nextInt(3));
      oracle.add(extra);
      example.add(extra);
    }

    assertThat(example.validateExample()).as("presorted %s, names %s", presorted,
        Arrays.toString(names)).isEqualTo(oracle.validateExample());
  }

  @RepeatedTest(200)
  void mutations_onExampleSharingNames_matchArrayExampleAndLeaveTheOtherAlone(
      RepetitionInfo info) {
    SplittableRandom random = new SplittableRandom(1000 + info.getCurrentRepetition());
    String[] names = {"a", "b", "c", "d"};
    FeatureNameSet shared = new FeatureNameSet(names);
    PresortedExample<Label> mutated = new PresortedExample<>(LABEL, shared, new double[] {1, 2, 3, 4});
    PresortedExample<Label> other = new PresortedExample<>(LABEL, shared, new double[] {5, 6, 7, 8});
    ArrayExample<Label> oracle = new ArrayExample<>(LABEL, names.clone(), new double[] {1, 2, 3, 4});
    String before = other.toString();
    for (int step = 0; step < 4; step++) {
      String name = String.valueOf((char) ('a' + random.nextInt(6)));
      Feature feature = new Feature(name, random.nextInt(5));
      switch (random.nextInt(6)) {
        case 0 -> apply(mutated, oracle, e -> e.add(feature));
        case 1 -> apply(mutated, oracle, e -> e.removeFeatures(List.of(feature)));
        case 2 -> apply(mutated, oracle, e -> e.densify(List.of("a", "b", "c", "d", "e", "f")));
        case 3 -> apply(mutated, oracle, e -> e.reduceByName(Merger.max()));
        case 4 -> apply(mutated, oracle, e -> e.set(new Feature(e.iterator().next().getName(), 9)));
        default -> apply(mutated, oracle, e -> e.canonicalize(featureMap("a", "b", "c", "d")));
      }
      assertThat(features(mutated)).isEqualTo(features(oracle));
      assertThat(mutated.validateExample()).isEqualTo(oracle.validateExample());
    }
    assertThat(other.toString()).isEqualTo(before);
    assertThat(other.validateExample()).isTrue();
  }

  @Test
  void canonicalize_sharedNames_onceForTheMapThenAgainForAnotherMap() {
    FeatureNameSet shared = new FeatureNameSet(new String[] {"a", "b"});
    PresortedExample<Label> first = new PresortedExample<>(LABEL, shared, new double[] {1, 2});
    PresortedExample<Label> second = new PresortedExample<>(LABEL, shared, new double[] {3, 4});
    MutableFeatureMap map = featureMap("a", "b");
    MutableFeatureMap another = featureMap("a", "b");

    first.canonicalize(map);

    assertThat(shared.canonicalIn(map)).isTrue();
    assertThat(shared.names()[0]).isSameAs(map.get("a").getName());
    second.canonicalize(another);
    assertThat(shared.names()[1]).isSameAs(another.get("b").getName());
    assertThat(shared.canonicalIn(another)).isTrue();
    assertThat(shared.canonicalIn(map)).isFalse();
  }

  private static void apply(ArrayExample<Label> a, ArrayExample<Label> b,
      Consumer<ArrayExample<Label>> op) {
    op.accept(a);
    op.accept(b);
  }

  private static List<String> features(ArrayExample<Label> example) {
    List<String> out = new ArrayList<>();
    example.forEach(f -> out.add(f.getName() + "=" + f.getValue()));
    return out;
  }

  /** A feature map holding fresh (equal, not identical) instances of the names. */
  private static MutableFeatureMap featureMap(String... names) {
    MutableFeatureMap map = new MutableFeatureMap();
    for (String name : names) {
      map.add(new String(name.toCharArray()), 1);
    }
    return map;
  }
}
