package org.greenautoml.data;

import static java.util.Objects.requireNonNull;

import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;

/**
 * A file read straight into a Tribuo dataset by {@link TabularReader#readDataset}, with the
 * encoder fitted on all of its rows, which encodes new rows the same way.
 *
 * @param dataset every row of the file, in file order
 * @param encoder the encoding of the rows
 */
public record EncodedDataset(MutableDataset<Label> dataset, FeatureEncoder encoder) {

  /** Checks that both parts are present. */
  public EncodedDataset {
    requireNonNull(dataset, "dataset");
    requireNonNull(encoder, "encoder");
  }
}
