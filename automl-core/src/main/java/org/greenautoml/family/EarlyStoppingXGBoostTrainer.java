package org.greenautoml.family;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.tribuo.Dataset;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.classification.Label;
import org.tribuo.classification.xgboost.XGBoostClassificationConverter;
import org.tribuo.common.xgboost.XGBoostModel;
import org.tribuo.common.xgboost.XGBoostTrainer;
import org.tribuo.provenance.ModelProvenance;
import org.tribuo.provenance.TrainerProvenance;
import org.tribuo.provenance.impl.TrainerProvenanceImpl;

/**
 * XGBoost classification with early stopping on a validation set, which Tribuo's
 * {@code XGBoostClassificationTrainer} does not offer: it calls xgboost4j directly with the
 * validation rows as the watch, keeps the trees up to the best round, and wraps the booster as a
 * Tribuo {@link XGBoostModel}, so that it predicts through {@code Model.predict} and serialises in
 * Tribuo's protobuf format.
 *
 * <p>Objective {@code multi:softprob} (binary problems too, as Tribuo does), metric
 * {@code mlogloss}, {@code tree_method=hist}, one native thread. Not thread-safe, like Tribuo's
 * trainers: use one instance per training call.
 */
final class EarlyStoppingXGBoostTrainer extends XGBoostTrainer<Label> {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final int stoppingRounds;

  /** The result of one training call: the model and the loss on the validation rows per round. */
  record Fit(XGBoostModel<Label> model, BoostingRounds rounds, float[] validationLoss) {}

  EarlyStoppingXGBoostTrainer(XGBoostSettings settings, long seed) {
    super(
        BoosterType.GBTREE,
        TreeMethod.HIST,
        settings.maxRounds(),
        settings.learningRate(),
        0.0,
        settings.maxDepth(),
        settings.minChildWeight(),
        settings.subsample(),
        settings.columnSubsample(),
        settings.lambda(),
        settings.alpha(),
        1,
        LoggingVerbosity.SILENT,
        seed);
    this.stoppingRounds = settings.stoppingRounds();
    postConfig();
  }

  @Override
  public void postConfig() {
    super.postConfig();
    parameters.put("objective", "multi:softprob");
    parameters.put("eval_metric", "mlogloss");
    parameters.put("verbose_eval", 0); // read by xgboost4j's training loop: no per-round printing
  }

  /**
   * Not supported: this trainer needs validation rows to stop on.
   *
   * @throws UnsupportedOperationException always; call {@link #fit(Dataset, Dataset)}
   */
  @Override
  public XGBoostModel<Label> train(Dataset<Label> examples, Map<String, Provenance> runProvenance) {
    throw new UnsupportedOperationException(
        "early-stopping XGBoost needs validation rows: call fit(train, validation)");
  }

  /** Trains with early stopping on {@code validation}. */
  synchronized Fit fit(Dataset<Label> train, Dataset<Label> validation) {
    requireNonNull(train, "train");
    requireNonNull(validation, "validation");
    if (train.size() == 0 || validation.size() == 0) {
      throw new IllegalArgumentException(
          "training and validation rows must not be empty, found "
              + train.size() + " and " + validation.size());
    }
    ImmutableFeatureMap featureMap = train.getFeatureIDMap();
    ImmutableOutputInfo<Label> outputInfo = train.getOutputIDInfo();
    Function<Label, Float> response = label -> (float) labelId(outputInfo, label);
    Map<String, Object> params = copyParams(parameters);
    params.put("num_class", outputInfo.size());
    TrainerProvenance trainerProvenance = getProvenance();
    trainInvocationCounter++;
    DMatrixTuple<Label> trainMatrix = null;
    DMatrixTuple<Label> validationMatrix = null;
    try {
      trainMatrix = convertExamples(train, featureMap, response);
      validationMatrix = convertExamples(validation, featureMap, response);
      float[][] loss = new float[1][numTrees];
      Booster full =
          XGBoost.train(
              trainMatrix.data, params, numTrees, Map.of("validation", validationMatrix.data),
              loss, null, null, stoppingRounds);
      Fit fit = wrap(full, train, trainerProvenance, outputInfo);
      return new Fit(
          fit.model(), fit.rounds(), Arrays.copyOf(loss[0], fit.rounds().trained()));
    } catch (XGBoostError | IOException e) {
      throw new IllegalStateException("XGBoost failed to train: " + e.getMessage(), e);
    } finally {
      if (trainMatrix != null) {
        trainMatrix.data.dispose();
      }
      if (validationMatrix != null) {
        validationMatrix.data.dispose();
      }
    }
  }

  /** Cuts {@code full} to its best round (disposing it) and wraps the cut booster for Tribuo. */
  private Fit wrap(
      Booster full,
      Dataset<Label> train,
      TrainerProvenance trainerProvenance,
      ImmutableOutputInfo<Label> outputInfo)
      throws XGBoostError, IOException {
    Booster kept;
    BoostingRounds rounds;
    try {
      int best = Integer.parseInt(full.getAttr(BoostingRounds.BEST_ITERATION_ATTRIBUTE));
      KeptTrees trees = keepRounds(full, best + 1, outputInfo.size());
      kept = trees.booster();
      rounds = new BoostingRounds(best + 1, trees.roundsTrained(), numTrees);
    } finally {
      full.dispose();
    }
    kept.setParam("nthread", 1);
    kept.setAttr(BoostingRounds.TRAINED_ATTRIBUTE, String.valueOf(rounds.trained()));
    kept.setAttr(BoostingRounds.MAX_ATTRIBUTE, String.valueOf(rounds.max()));
    ModelProvenance provenance =
        new ModelProvenance(
            XGBoostModel.class.getName(), OffsetDateTime.now(), train.getProvenance(),
            trainerProvenance, Map.of());
    XGBoostModel<Label> model =
        createModel(
            "xgboost-early-stopping", provenance, train.getFeatureIDMap(), outputInfo,
            List.of(kept), new XGBoostClassificationConverter());
    return new Fit(model, rounds, new float[0]);
  }

  private static int labelId(ImmutableOutputInfo<Label> outputInfo, Label label) {
    int id = outputInfo.getID(label);
    if (id < 0) {
      throw new IllegalArgumentException(
          "validation label must be one of the training labels "
              + outputInfo.getDomain() + ", found " + label.getLabel());
    }
    return id;
  }

  /** A booster cut to its first rounds, and how many rounds the uncut one had. */
  record KeptTrees(Booster booster, int roundsTrained) {}

  /**
   * A new booster holding the first {@code rounds} rounds of {@code booster} (xgboost4j 1.6 has no
   * slicing API, so this edits the JSON model: the {@code trees} and {@code tree_info} arrays and
   * {@code gbtree_model_param.num_trees}).
   */
  static KeptTrees keepRounds(Booster booster, int rounds, int treesPerRound)
      throws XGBoostError, IOException {
    ObjectNode root = (ObjectNode) JSON.readTree(booster.toByteArray("json"));
    ObjectNode model = (ObjectNode) root.path("learner").path("gradient_booster").path("model");
    ArrayNode trees = (ArrayNode) model.get("trees");
    ArrayNode treeInfo = (ArrayNode) model.get("tree_info");
    ObjectNode param = (ObjectNode) model.get("gbtree_model_param");
    if (trees == null || treeInfo == null || param == null) {
      throw new IllegalStateException("XGBoost's JSON model lacks trees, tree_info or params");
    }
    int parallel = Integer.parseInt(param.path("num_parallel_tree").asText("1"));
    int perRound = treesPerRound * parallel;
    if (trees.size() % perRound != 0 || rounds * perRound > trees.size()) {
      throw new IllegalStateException(
          "XGBoost's model must hold whole rounds of " + perRound + " trees, at least "
              + rounds + " rounds, found " + trees.size() + " trees");
    }
    int roundsTrained = trees.size() / perRound;
    int keep = rounds * perRound;
    while (trees.size() > keep) {
      trees.remove(trees.size() - 1);
      treeInfo.remove(treeInfo.size() - 1);
    }
    param.put("num_trees", String.valueOf(keep));
    return new KeptTrees(XGBoost.loadModel(JSON.writeValueAsBytes(root)), roundsTrained);
  }

  @Override
  public TrainerProvenance getProvenance() {
    return new TrainerProvenanceImpl(this);
  }
}
