package org.greenautoml.export.trees;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.util.Map;

/** Test helper: scores an exported graph with onnxruntime. */
final class OnnxScorer implements AutoCloseable {

  private static final OrtEnvironment ENV = OrtEnvironment.getEnvironment();

  private final OrtSession session;

  OnnxScorer(byte[] model) throws OrtException {
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    options.setIntraOpNumThreads(1);
    this.session = ENV.createSession(model, options);
  }

  /** The {@code label} and {@code probabilities} outputs for {@code input}. */
  ExportData.Answers score(float[][] input) throws OrtException {
    try (OnnxTensor tensor = OnnxTensor.createTensor(ENV, input);
        OrtSession.Result result = session.run(Map.of("input", tensor))) {
      long[] labels = (long[]) result.get("label").orElseThrow().getValue();
      float[][] probabilities = (float[][]) result.get("probabilities").orElseThrow().getValue();
      return new ExportData.Answers(labels, probabilities);
    }
  }

  @Override
  public void close() throws OrtException {
    session.close();
  }
}
