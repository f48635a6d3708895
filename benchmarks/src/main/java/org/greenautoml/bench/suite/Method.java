package org.greenautoml.bench.suite;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.greenautoml.GreenAutoML;
import org.greenautoml.SchedulerKind;
import org.greenautoml.SearchObjective;

/**
 * The search methods the comparison suite runs side by side: an explicit registry of engine
 * configurations by method reference, as in Caffeine's simulator {@code Registry}.
 *
 * <p>Every method searches the same space (every family that applies, the engine's eta-3 ladder
 * from 1/27) under the same carbon budget. The full-fidelity baselines (grid, random) never stop on
 * convergence: they run until the budget or their space ends. The other methods keep the engine's
 * default convergence rule, as a user would get it.
 */
public enum Method {
  /** Grid search at full fidelity, 3 points per numeric parameter (Bergstra and Bengio 2012). */
  GRID("grid", Method::grid),
  /** Random search at full fidelity (Bergstra and Bengio 2012). */
  RANDOM("random", Method::random),
  /** Synchronous successive halving, single objective (Jamieson and Talwalkar 2016). */
  SUCCESSIVE_HALVING("sh", Method::successiveHalving),
  /** Hyperband, single objective (Li et al. 2018). */
  HYPERBAND("hyperband", Method::hyperband),
  /** Asynchronous successive halving on validation accuracy alone (Li et al. 2020). */
  ASHA("asha", Method::asha),
  /** The engine's default: multi-objective ASHA (Schmucker et al. 2021). */
  MO_ASHA("mo-asha", Method::moAsha);

  private final String cliName;
  private final UnaryOperator<GreenAutoML.Builder> configure;

  Method(String cliName, UnaryOperator<GreenAutoML.Builder> configure) {
    this.cliName = cliName;
    this.configure = configure;
  }

  /** The name used on the command line and in the reports. */
  public String cliName() {
    return cliName;
  }

  /** Applies this method's scheduler and objectives to a builder that has nothing else set. */
  GreenAutoML.Builder configure(GreenAutoML.Builder builder) {
    return configure.apply(builder);
  }

  /**
   * The method named {@code name} (case-insensitive).
   *
   * @throws IllegalArgumentException listing the known names
   */
  public static Method byName(String name) {
    return Arrays.stream(values())
        .filter(m -> m.cliName.equals(name.toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown method '" + name + "'; choose from "
                        + Arrays.stream(values()).map(Method::cliName).collect(Collectors.joining(", "))));
  }

  private static GreenAutoML.Builder grid(GreenAutoML.Builder b) {
    return b.scheduler(SchedulerKind.GRID)
        .objectives(SearchObjective.VALIDATION_ACCURACY)
        .convergencePatience(Integer.MAX_VALUE);
  }

  private static GreenAutoML.Builder random(GreenAutoML.Builder b) {
    return b.scheduler(SchedulerKind.RANDOM)
        .objectives(SearchObjective.VALIDATION_ACCURACY)
        .convergencePatience(Integer.MAX_VALUE);
  }

  private static GreenAutoML.Builder successiveHalving(GreenAutoML.Builder b) {
    return b.scheduler(SchedulerKind.SUCCESSIVE_HALVING)
        .objectives(SearchObjective.VALIDATION_ACCURACY);
  }

  private static GreenAutoML.Builder hyperband(GreenAutoML.Builder b) {
    return b.scheduler(SchedulerKind.HYPERBAND).objectives(SearchObjective.VALIDATION_ACCURACY);
  }

  private static GreenAutoML.Builder asha(GreenAutoML.Builder b) {
    return b.scheduler(SchedulerKind.ASHA).objectives(SearchObjective.VALIDATION_ACCURACY);
  }

  private static GreenAutoML.Builder moAsha(GreenAutoML.Builder b) {
    return b;
  }
}
