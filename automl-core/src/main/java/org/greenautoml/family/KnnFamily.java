package org.greenautoml.family;

import java.util.Optional;
import org.greenautoml.search.space.CategoricalParameter;
import org.greenautoml.search.space.Configuration;
import org.greenautoml.search.space.IntParameter;
import org.greenautoml.search.space.ParameterSpace;
import org.tribuo.Dataset;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.ensemble.VotingCombiner;
import org.tribuo.common.nearest.KNNModel.Backend;
import org.tribuo.common.nearest.KNNTrainer;
import org.tribuo.math.distance.Distance;
import org.tribuo.math.distance.L1Distance;
import org.tribuo.math.distance.L2Distance;
import org.tribuo.math.neighbour.NeighboursQueryFactoryType;

/**
 * k-nearest neighbours with majority voting (Cover &amp; Hart 1967), Tribuo's {@code KNNTrainer}
 * with one thread. Exact search: a k-d tree (Bentley 1975) up to {@value #KD_TREE_MAX_FEATURES}
 * features, where it prunes well, brute force above.
 *
 * <p>Space: auto-sklearn's {@code k_nearest_neighbors} component (Feurer et al. 2015): k
 * log-uniform in [1, 100] (default 5, scikit-learn's, rather than auto-sklearn's 1) and the
 * Minkowski power p in {1, 2} as the L1 or L2 distance. Features must be standardised.
 * Not applicable above {@value #MAX_ROWS} training rows: every prediction scans the training set,
 * so the cost of a validation pass grows with rows x validation rows.
 */
final class KnnFamily extends TrainerFamily {

  /**
   * The largest number of training rows k-NN is tried on. Above it the validation pass dominates
   * a search: at the default 5 g on a 64 % split of adult, bank-marketing and electricity (29,000
   * to 31,000 training rows) k-NN trials took 66 %, 57 % and 53 % of all trial wall time, and were
   * never the most accurate family. FLAML's and auto-sklearn 2.0's default model lists leave k-NN
   * out altogether.
   */
  static final int MAX_ROWS = 20_000;

  static final int KD_TREE_MAX_FEATURES = 16;

  private static final ParameterSpace SPACE =
      ParameterSpace.of(
          IntParameter.log("k", 1, 100, 5),
          CategoricalParameter.of("distance", "l2", "l1"));

  KnnFamily() {
    super("knn", SPACE, true);
  }

  @Override
  public Optional<String> notApplicableReason(DataProfile profile) {
    super.notApplicableReason(profile);
    if (profile.rows() > MAX_ROWS) {
      return Optional.of(
          "knn scans every training row per prediction; skipped above " + MAX_ROWS
              + " training rows, found " + profile.rows());
    }
    return Optional.empty();
  }

  @Override
  Trainer<Label> trainer(Configuration c, Dataset<Label> train, long seed) {
    Distance distance = "l1".equals(c.getString("distance")) ? new L1Distance() : new L2Distance();
    NeighboursQueryFactoryType search =
        train.getFeatureIDMap().size() <= KD_TREE_MAX_FEATURES
            ? NeighboursQueryFactoryType.KD_TREE
            : NeighboursQueryFactoryType.BRUTE_FORCE;
    int k = Math.min(c.getInt("k"), train.size());
    return new KNNTrainer<>(k, distance, 1, new VotingCombiner(), Backend.STREAMS, search);
  }
}
