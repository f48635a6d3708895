package org.greenautoml.cluster;

import java.util.Optional;
import org.greenautoml.family.DataProfile;
import org.greenautoml.family.ModelFamily;
import org.greenautoml.search.space.Configuration;
import org.greenautoml.search.space.IntParameter;
import org.greenautoml.search.space.ParameterSpace;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * A family whose training reads its examples over and over: only a stop request (seen at the next
 * example read) ends its trials in time, so a search over it spends until its budget is exhausted;
 * without one, a trial fails after 30 s. Members resolve it through the worker families property.
 */
public final class ReadingSpinner implements ModelFamily {

  /** When a stop never arrives, the trial fails after this long instead of hanging the test. */
  private static final long GIVE_UP_NANOS = 15_000_000_000L;

  private static volatile long sink;

  /** For members, which instantiate it by name. */
  public ReadingSpinner() {}

  @Override
  public String name() {
    return "reading-spinner";
  }

  @Override
  public ParameterSpace space() {
    return ParameterSpace.of(IntParameter.uniform("size", 1, 5, 3));
  }

  @Override
  public Optional<String> notApplicableReason(DataProfile profile) {
    return Optional.empty();
  }

  @Override
  public boolean needsStandardisation() {
    return false;
  }

  @Override
  public boolean handlesMissingValues() {
    return true;
  }

  @Override
  public Model<Label> train(
      Dataset<Label> train, Dataset<Label> validation, Configuration configuration, long seed) {
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
