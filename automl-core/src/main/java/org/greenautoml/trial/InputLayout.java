package org.greenautoml.trial;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The input a fitted {@link Preprocessor} expects and what it does to each feature, in the order of
 * the training feature map (Tribuo's feature ids, which sort names lexicographically).
 *
 * <p>This is what an exported model needs beside it to be fed correctly (for example the JSON
 * sidecar of an ONNX file): the feature order, the mean used to impute each feature with missing
 * values, and the centre and scale of each standardised feature. Immutable and thread-safe.
 *
 * @param features one transform per feature, in input order, with distinct names
 */
public record InputLayout(List<FeatureTransform> features) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Validates that names are distinct and copies the list. */
  public InputLayout {
    features = List.copyOf(requireNonNull(features, "features"));
    Set<String> names = new HashSet<>();
    for (FeatureTransform feature : features) {
      if (!names.add(feature.name())) {
        throw new IllegalArgumentException(
            "feature names must be distinct, found " + feature.name() + " twice");
      }
    }
  }

  /** The feature names in input order. */
  public List<String> featureNames() {
    return features.stream().map(FeatureTransform::name).toList();
  }

  /** This layout as a JSON object {@code {"features":[{"name":..,"whenAbsent":..,...}]}}. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("input layout could not be written as JSON", e);
    }
  }

  /**
   * Reads a layout written by {@link #toJson()}.
   *
   * @throws IllegalArgumentException if the text is not such a layout
   */
  public static InputLayout fromJson(String json) {
    requireNonNull(json, "json");
    try {
      return JSON.readValue(json, InputLayout.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("input layout JSON is not valid: " + e.getOriginalMessage(), e);
    }
  }
}
