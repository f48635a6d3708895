package org.greenautoml.trial.worker;

import com.google.protobuf.InvalidProtocolBufferException;
import java.util.Base64;
import org.greenautoml.search.execute.TrialFailedException;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.protos.core.ModelProto;

/** Models sent back by workers: Tribuo's protobuf format, base64 in the JSON message. */
final class WorkerModels {

  private WorkerModels() {}

  @SuppressWarnings("unchecked") // the worker trains classification models only
  static Model<Label> decode(String base64) {
    try {
      return (Model<Label>) Model.deserialize(ModelProto.parseFrom(Base64.getDecoder().decode(base64)));
    } catch (InvalidProtocolBufferException | IllegalArgumentException e) {
      throw new TrialFailedException("worker sent a model that cannot be read: " + e.getMessage());
    }
  }
}
