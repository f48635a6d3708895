package org.greenautoml.bench.jmh;

import java.util.SplittableRandom;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/** Seeded synthetic classification data for the JMH benchmarks: two noisy linear classes. */
final class SyntheticData {

  private SyntheticData() {}

  /** {@code rows} examples of {@code features} standard-normal features, labelled by their sum. */
  static MutableDataset<Label> dataset(int rows, int features, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    MutableDataset<Label> data =
        new MutableDataset<>(new SimpleDataSourceProvenance("synthetic", new LabelFactory()),
            new LabelFactory());
    String[] names = new String[features];
    for (int f = 0; f < features; f++) {
      names[f] = "f" + f;
    }
    for (int r = 0; r < rows; r++) {
      double[] values = new double[features];
      double sum = 0;
      for (int f = 0; f < features; f++) {
        values[f] = random.nextGaussian();
        sum += values[f];
      }
      String label = sum + random.nextGaussian() > 0 ? "yes" : "no";
      data.add(new ArrayExample<>(new Label(label), names, values));
    }
    return data;
  }
}
