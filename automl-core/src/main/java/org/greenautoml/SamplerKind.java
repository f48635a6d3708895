package org.greenautoml;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.greenautoml.errors.GreenAutoMLException;

/**
 * What proposes a search's new configurations after the warm-start portfolio, by the names the
 * command line accepts; the scheduler decides their fidelity.
 */
public enum SamplerKind {
  /**
   * A multi-objective tree-structured Parzen estimator over every rung's results (BOHB's choice of
   * rung, MOTPE's split), the default.
   */
  TPE("tpe"),
  /** Independent uniform draws, the baseline. */
  RANDOM("random");

  private final String cliName;

  SamplerKind(String cliName) {
    this.cliName = cliName;
  }

  /** The name used on the command line and in reports. */
  public String cliName() {
    return cliName;
  }

  /**
   * The sampler named {@code name} (case-insensitive).
   *
   * @throws GreenAutoMLException listing the known names
   */
  public static SamplerKind byName(String name) {
    return Arrays.stream(values())
        .filter(kind -> kind.cliName.equals(name.toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(() -> new GreenAutoMLException("unknown sampler '" + name + "'; choose one of "
            + Arrays.stream(values()).map(SamplerKind::cliName).collect(Collectors.joining(", "))));
  }
}
