package org.greenautoml.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.tribuo.Feature;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;

/** {@link PresortedExample#validateExample()} against {@code ArrayExample}'s as the oracle. */
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
    PresortedExample<Label> example = new PresortedExample<>(LABEL, names, values);
    if (random.nextInt(3) == 0) {
      Feature extra = new Feature("f" + random.nextInt(4), random.nextInt(3));
      oracle.add(extra);
      example.add(extra);
    }

    assertThat(example.validateExample()).as("presorted %s, names %s", presorted,
        Arrays.toString(names)).isEqualTo(oracle.validateExample());
  }
}
