package org.greenautoml.trial.worker;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.greenautoml.search.schedule.Trial;
import org.greenautoml.search.space.SpaceJson;
import org.greenautoml.trial.internal.PreparedData;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * The worker wire format of {@link org.greenautoml.trial.worker} for trial backends that carry it
 * over another transport (the Hazelcast cluster): the prepared data as gzip-compressed bytes of
 * the data-file format, a trial as its version-1 {@code trial} message, a model as base64 Tribuo
 * protobuf. No Java serialization anywhere. Stateless and thread-safe.
 */
public final class WorkerCodec {

  private WorkerCodec() {}

  /** The prepared data as compact bytes: the data-file format, gzip-compressed. */
  public static byte[] encodeData(PreparedData data) {
    requireNonNull(data, "data");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (BufferedWriter out = new BufferedWriter(
        new OutputStreamWriter(new GZIPOutputStream(bytes), StandardCharsets.UTF_8))) {
      WorkerData.write(data, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode the prepared data", e);
    }
    return bytes.toByteArray();
  }

  /**
   * The prepared data from {@link #encodeData} bytes: identical examples, order and subsample seed.
   *
   * @throws IllegalArgumentException when the bytes are not data of this format
   */
  public static PreparedData decodeData(byte[] bytes) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(new ByteArrayInputStream(bytes)), StandardCharsets.UTF_8))) {
      return WorkerData.read(in);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("trial data bytes must be encoded prepared data, found "
          + bytes.length + " bytes that cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /** A trial as its version-1 {@code trial} message. */
  public static ObjectNode trialMessage(Trial trial, boolean returnModel) {
    ObjectNode message = WorkerProtocol.message(WorkerProtocol.TRIAL);
    message.put("trialId", trial.id());
    message.set("configuration", SpaceJson.toJson(trial.configuration()));
    message.put("fidelity", trial.fidelity());
    message.put("rung", trial.rung());
    message.put("bracket", trial.bracket());
    message.put("returnModel", returnModel);
    return message;
  }

  /**
   * The trial of a {@code trial} message.
   *
   * @throws IllegalArgumentException for a message of another version or without a trial's fields
   */
  public static Trial trial(JsonNode message) {
    WorkerProtocol.requireVersion(message);
    if (!WorkerProtocol.TRIAL.equals(message.path("type").asText())) {
      throw new IllegalArgumentException(
          "message type must be \"trial\", found " + message.path("type"));
    }
    return new Trial((int) WorkerProtocol.number(message, "trialId"),
        SpaceJson.configurationFromJson(message.get("configuration")),
        (int) WorkerProtocol.number(message, "rung"), WorkerProtocol.number(message, "fidelity"),
        (int) WorkerProtocol.number(message, "bracket"));
  }

  /** A model as base64 Tribuo protobuf, as in a worker's result message. */
  public static String encodeModel(Model<Label> model) {
    return Base64.getEncoder().encodeToString(model.serialize().toByteArray());
  }

  /**
   * A model from {@link #encodeModel}.
   *
   * @throws org.greenautoml.search.execute.TrialFailedException when the text is no model
   */
  public static Model<Label> decodeModel(String base64) {
    return WorkerModels.decode(base64);
  }

  /**
   * Every family a worker (process or cluster member) can run, by name: the built-in ones and
   * those named in {@value TrialWorkerMain#FAMILIES_PROPERTY}.
   */
  public static java.util.Map<String, org.greenautoml.family.ModelFamily> availableFamilies() {
    return WorkerFamilies.available();
  }

  /** The JSON text of a message, parsed; empty when it is not a message of the protocol. */
  public static java.util.Optional<JsonNode> parse(String text) {
    return WorkerProtocol.parse(text);
  }
}
