package org.greenautoml.cluster;

import org.greenautoml.FaultFamilies;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.classification.Label;

/**
 * A family whose training reads its examples over and over: only a stop request (seen at the next
 * example read) ends its trials in time, so a search over it spends until its budget is exhausted;
 * without one, a trial fails after 15 s. Members resolve it through the worker families property.
 */
public final class ReadingSpinner extends FaultFamilies.Fault {

  /** When a stop never arrives, the trial fails after this long instead of hanging the test. */
  private static final long GIVE_UP_NANOS = 15_000_000_000L;

  private static volatile long sink;

  /** For members, which instantiate it by name. */
  public ReadingSpinner() {
    super("reading-spinner");
  }

  @Override
  protected void fail(Dataset<Label> train) {
    long deadline = System.nanoTime() + GIVE_UP_NANOS;
    while (System.nanoTime() < deadline) {
      for (Example<Label> example : train) {
        sink += example.size();
      }
    }
    throw new IllegalStateException("no stop request within " + GIVE_UP_NANOS / 1_000_000_000
        + " s");
  }
}
