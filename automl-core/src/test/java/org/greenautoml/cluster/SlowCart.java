package org.greenautoml.cluster;

import java.util.Optional;
import org.greenautoml.family.DataProfile;
import org.greenautoml.family.Families;
import org.greenautoml.family.ModelFamily;
import org.greenautoml.search.space.Configuration;
import org.greenautoml.search.space.ParameterSpace;
import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * CART that first waits {@value #MILLIS} ms, so that trials are long enough to lose a member
 * in the middle of one. Members resolve it through the worker families property.
 */
public final class SlowCart implements ModelFamily {

  static final long MILLIS = 150;
  private final ModelFamily cart = Families.byName("cart");

  /** For members, which instantiate it by name. */
  public SlowCart() {}

  @Override
  public String name() {
    return "slow-cart";
  }

  @Override
  public ParameterSpace space() {
    return cart.space();
  }

  @Override
  public Optional<String> notApplicableReason(DataProfile profile) {
    return cart.notApplicableReason(profile);
  }

  @Override
  public boolean needsStandardisation() {
    return cart.needsStandardisation();
  }

  @Override
  public boolean handlesMissingValues() {
    return cart.handlesMissingValues();
  }

  @Override
  public Model<Label> train(
      Dataset<Label> train, Dataset<Label> validation, Configuration configuration, long seed) {
    try {
      Thread.sleep(MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    return cart.train(train, validation, configuration, seed);
  }
}
