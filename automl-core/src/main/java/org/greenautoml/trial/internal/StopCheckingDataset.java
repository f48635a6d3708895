package org.greenautoml.trial.internal;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.ImmutableDataset;
import org.tribuo.provenance.DatasetProvenance;
import org.tribuo.classification.Label;

/**
 * A read-only view of a trial's dataset that ends the trial when the search asks it to stop: every
 * read of an example first checks the stop request and throws {@link TrialStoppedException} if
 * there is one. Tribuo's trainers cannot be interrupted, but most read their data again for each
 * unit of work (a bagged ensemble draws a bootstrap view for each tree), and prediction reads one
 * example at a time, so a stop lands at the next such read instead of when training ends.
 * Training that copies the data once and then works on its copy (one CART tree, LIBSVM,
 * LIBLINEAR, SGD epochs, an XGBoost matrix) is not interrupted by this.
 */
final class StopCheckingDataset extends ImmutableDataset<Label> {

  private static final long serialVersionUID = 1L;

  private final transient Dataset<Label> inner;
  private final transient BooleanSupplier stopRequested;

  private StopCheckingDataset(Dataset<Label> inner, BooleanSupplier stopRequested) {
    super(inner.getSourceProvenance(), inner.getOutputFactory(), inner.getFeatureIDMap(),
        inner.getOutputIDInfo());
    this.inner = inner;
    this.stopRequested = stopRequested;
  }

  /** {@code dataset}, checking {@code stopRequested} before every example it hands out. */
  static Dataset<Label> of(Dataset<Label> dataset, BooleanSupplier stopRequested) {
    return new StopCheckingDataset(dataset, stopRequested);
  }

  private void checkStop() {
    if (stopRequested.getAsBoolean()) {
      throw new TrialStoppedException();
    }
  }

  @Override
  public Example<Label> getExample(int index) {
    checkStop();
    return inner.getExample(index);
  }

  @Override
  public int size() {
    return inner.size();
  }

  @Override
  public Iterator<Example<Label>> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < inner.size();
      }

      @Override
      public Example<Label> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return getExample(next++);
      }
    };
  }

  @Override
  public List<Example<Label>> getData() {
    return new AbstractList<>() {
      @Override
      public Example<Label> get(int index) {
        return getExample(index);
      }

      @Override
      public int size() {
        return inner.size();
      }
    };
  }

  @Override
  public Set<Label> getOutputs() {
    return inner.getOutputs();
  }

  @Override
  public DatasetProvenance getProvenance() {
    return inner.getProvenance();
  }

  @Override
  public synchronized void shuffle(boolean shuffle) {
    throw new UnsupportedOperationException("a trial's dataset view cannot be shuffled");
  }

  @Override
  public String toString() {
    return "StopCheckingDataset(" + inner + ")";
  }
}
