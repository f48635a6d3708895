package org.greenautoml.data;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a {@link FeatureEncoder} learned from its training rows, so that new rows are encoded the
 * same way.
 *
 * @param featureNames the Tribuo feature names in column order: a numeric column's name, then
 *     {@code column=category} for each category of a categorical column
 * @param categories for each categorical column, the categories seen in the training rows, sorted
 * @param numericWithMissing the numeric columns that had missing cells in the training rows
 * @param classes the class labels of the training rows, sorted
 */
public record EncodingSchema(List<String> featureNames, Map<String, List<String>> categories,
    Set<String> numericWithMissing, List<String> classes) {

  /** Copies every collection, keeping the order of {@code categories}. */
  public EncodingSchema {
    featureNames = List.copyOf(featureNames);
    Map<String, List<String>> copy = new LinkedHashMap<>();
    requireNonNull(categories, "categories").forEach((k, v) -> copy.put(k, List.copyOf(v)));
    categories = java.util.Collections.unmodifiableMap(copy);
    numericWithMissing = Set.copyOf(numericWithMissing);
    classes = List.copyOf(classes);
  }
}
