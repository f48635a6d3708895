package org.greenautoml;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The schedulers a search can use, by the names the command line accepts. */
public enum SchedulerKind {
  /** Asynchronous successive halving (Li et al. 2020), the default. */
  ASHA("asha"),
  /** Synchronous successive halving (Jamieson and Talwalkar 2016). */
  SUCCESSIVE_HALVING("sh"),
  /** Hyperband's brackets of successive halving (Li et al. 2018). */
  HYPERBAND("hyperband"),
  /** Random search at full fidelity, a baseline. */
  RANDOM("random"),
  /** Grid search at full fidelity, a baseline. */
  GRID("grid");

  private final String cliName;

  SchedulerKind(String cliName) {
    this.cliName = cliName;
  }

  /** The name used on the command line and in reports. */
  public String cliName() {
    return cliName;
  }

  /**
   * The scheduler named {@code name} (case-insensitive).
   *
   * @throws GreenAutoMLException listing the known names
   */
  public static SchedulerKind byName(String name) {
    return Arrays.stream(values())
        .filter(kind -> kind.cliName.equals(name.toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(
            () ->
                new GreenAutoMLException(
                    "unknown scheduler '" + name + "'; choose one of "
                        + Arrays.stream(values())
                            .map(SchedulerKind::cliName)
                            .collect(Collectors.joining(", "))));
  }
}
