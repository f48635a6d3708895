package org.greenautoml.trial.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.ensemble.VotingCombiner;
import org.tribuo.common.tree.RandomForestTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

final class StopCheckingDatasetTest {

  private static final int ROWS = 300;
  private static final int TREES = 20;

  private static MutableDataset<Label> noisyBlobs() {
    LabelFactory labels = new LabelFactory();
    MutableDataset<Label> data =
        new MutableDataset<>(new SimpleDataSourceProvenance("blobs", labels), labels);
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < ROWS; i++) {
      boolean positive = i % 2 == 0;
      double shift = positive ? 1.0 : -1.0;
      data.add(new ArrayExample<>(new Label(positive ? "yes" : "no"), new String[] {"a", "b"},
          new double[] {shift + random.nextGaussian(), random.nextGaussian()}));
    }
    return data;
  }

  private static RandomForestTrainer<Label> forest() {
    return new RandomForestTrainer<>(new CARTClassificationTrainer(8, 0.5f, 7L), new VotingCombiner(),
        TREES, 5L);
  }

  @Test
  void view_neverAskedToStop_trainsAndPredictsExactlyAsTheDatasetItself() {
    MutableDataset<Label> data = noisyBlobs();
    Dataset<Label> view = StopCheckingDataset.of(data, () -> false);
    assertThat(view.size()).isEqualTo(ROWS);
    assertThat(view.getFeatureIDMap().size()).isEqualTo(2);
    assertThat(view.getProvenance()).isEqualTo(data.getProvenance());
    List<Prediction<Label>> direct = forest().train(data).predict(data);
    Model<Label> viaView = forest().train(view);
    List<Prediction<Label>> viewed = viaView.predict(view);
    for (int i = 0; i < ROWS; i++) {
      assertThat(viewed.get(i).getOutput().getLabel()).isEqualTo(direct.get(i).getOutput().getLabel());
      assertThat(viewed.get(i).getOutputScores().get("yes").getScore())
          .isEqualTo(direct.get(i).getOutputScores().get("yes").getScore());
    }
  }

  @Test
  void view_askedToStopDuringABaggedEnsemble_throwsAtTheNextTreesReads() {
    AtomicInteger reads = new AtomicInteger();
    BooleanSupplier stopAfterTwoTrees = () -> reads.incrementAndGet() > 2 * ROWS;
    Dataset<Label> view = StopCheckingDataset.of(noisyBlobs(), stopAfterTwoTrees);
    assertThatThrownBy(() -> forest().train(view)).isInstanceOf(TrialStoppedException.class);
    assertThat(reads.get()).as("reads before the stop landed, of %d trees x %d rows", TREES, ROWS)
        .isLessThan(4 * ROWS);
  }

  @Test
  void view_askedToStop_throwsOnEveryWayOfReadingAnExample() {
    Dataset<Label> view = StopCheckingDataset.of(noisyBlobs(), () -> true);
    assertThatThrownBy(() -> view.getExample(0)).isInstanceOf(TrialStoppedException.class);
    assertThatThrownBy(() -> view.iterator().next()).isInstanceOf(TrialStoppedException.class);
    assertThatThrownBy(() -> view.getData().get(3)).isInstanceOf(TrialStoppedException.class);
    assertThat(view.size()).isEqualTo(ROWS);
    assertThatThrownBy(() -> view.shuffle(true)).isInstanceOf(UnsupportedOperationException.class);
  }
}
