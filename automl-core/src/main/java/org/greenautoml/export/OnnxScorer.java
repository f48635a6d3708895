package org.greenautoml.export;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.greenautoml.data.TabularData;

/**
 * Scores rows with an ONNX graph in onnxruntime. The graph takes the preprocessed float matrix:
 * encoding and preprocessing are applied in Java by {@link RowFeatures}, as the sidecar states,
 * and the matrix is fed to the graph's input. One intra-op thread, so that the work stays in the
 * calling thread's share of the machine. Thread-safe ({@code OrtSession.run} is).
 */
final class OnnxScorer implements ModelScorer {

  private final OrtSession session;
  private final OnnxSignature signature;
  private final RowFeatures features;
  private final List<String> classes;

  private OnnxScorer(OrtSession session, OnnxSignature signature, RowFeatures features,
      List<String> classes) {
    this.session = session;
    this.signature = signature;
    this.features = features;
    this.classes = classes;
  }

  /**
   * Opens an ONNX file and checks that its input and outputs are those of the sidecar.
   *
   * @throws ExportException if the file is not a readable ONNX model or does not match
   */
  static OnnxScorer open(Path file, ModelSidecar sidecar, RowFeatures features) {
    OnnxSignature signature = sidecar.onnx().orElseThrow(() -> new ExportException(
        file + ": its sidecar has no 'onnx' section; it is not the sidecar of an ONNX export"));
    OrtSession session;
    try {
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      session = OrtEnvironment.getEnvironment().createSession(file.toString(), options);
    } catch (OrtException e) {
      throw new ExportException(file + " is not a readable ONNX model: " + e.getMessage(), e);
    }
    try {
      check(session, file, signature, sidecar);
    } catch (OrtException | RuntimeException e) {
      closeQuietly(session);
      throw e instanceof ExportException x ? x
          : new ExportException(file + ": cannot read the graph's interface: " + e.getMessage(), e);
    }
    return new OnnxScorer(session, signature, features, sidecar.classes());
  }

  private static void check(OrtSession session, Path file, OnnxSignature signature,
      ModelSidecar sidecar) throws OrtException {
    NodeInfo input = session.getInputInfo().get(signature.inputName());
    if (input == null || !(input.getInfo() instanceof TensorInfo tensor)
        || tensor.getShape().length != 2
        || tensor.getShape()[1] != sidecar.featureOrder().size()) {
      throw new ExportException(file + ": the graph must take a float input '"
          + signature.inputName() + "' of shape [N, " + sidecar.featureOrder().size()
          + "] as its sidecar states, found inputs " + session.getInputInfo().keySet());
    }
    Map<String, NodeInfo> outputs = session.getOutputInfo();
    if (!outputs.containsKey(signature.scoresOutput())
        || signature.labelOutput().filter(l -> !outputs.containsKey(l)).isPresent()) {
      throw new ExportException(file + ": the graph's outputs " + outputs.keySet()
          + " are not those its sidecar states");
    }
  }

  @Override
  public Scores score(TabularData rows) {
    if (rows.rowCount() == 0) {
      return new Scores(List.of(), new float[0][classes.size()]);
    }
    float[][] matrix = features.matrix(rows, (float) signature.absentFeatureValue());
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    try (OnnxTensor input = OnnxTensor.createTensor(env, matrix);
        OrtSession.Result result = session.run(Map.of(signature.inputName(), input))) {
      float[][] scores = (float[][]) result.get(signature.scoresOutput()).orElseThrow().getValue();
      List<String> labels = new ArrayList<>(scores.length);
      if (signature.labelOutput().isPresent()) {
        long[] ids = (long[]) result.get(signature.labelOutput().get()).orElseThrow().getValue();
        for (long id : ids) {
          labels.add(classes.get((int) id));
        }
      } else {
        for (float[] row : scores) {
          labels.add(classes.get(argmax(row)));
        }
      }
      return new Scores(labels, scores);
    } catch (OrtException e) {
      throw new ExportException("onnxruntime could not score the rows: " + e.getMessage(), e);
    }
  }

  /** The first index of the highest score. */
  private static int argmax(float[] row) {
    int best = 0;
    for (int c = 1; c < row.length; c++) {
      if (row[c] > row[best]) {
        best = c;
      }
    }
    return best;
  }

  @Override
  public void close() {
    closeQuietly(session);
  }

  private static void closeQuietly(OrtSession session) {
    try {
      session.close();
    } catch (OrtException e) {
      System.getLogger(OnnxScorer.class.getName())
          .log(System.Logger.Level.WARNING, "closing an ONNX session failed", e);
    }
  }
}
