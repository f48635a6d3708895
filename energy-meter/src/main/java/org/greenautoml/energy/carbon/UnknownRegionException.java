package org.greenautoml.energy.carbon;

import java.util.List;
import org.greenautoml.energy.EnergyException;

/** A region code that the bundled tables do not know; the message lists the closest known codes. */
public class UnknownRegionException extends EnergyException {
  private static final long serialVersionUID = 1L;
  private final transient List<String> closest;

  public UnknownRegionException(String code, List<String> closest) {
    super(
        "unknown region '" + code + "': use an ISO 3166 alpha-2 or alpha-3 country code, WORLD, or"
            + " provider:region; closest known codes: " + String.join(", ", closest));
    this.closest = List.copyOf(closest);
  }

  /** The closest known codes, nearest first. */
  public List<String> closest() {
    return closest;
  }
}
