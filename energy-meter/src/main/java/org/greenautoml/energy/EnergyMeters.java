package org.greenautoml.energy;

import static java.util.Objects.requireNonNull;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import org.greenautoml.energy.model.PowerModelMeter;
import org.greenautoml.energy.rapl.Powercap;
import org.greenautoml.energy.rapl.RaplMeter;
import org.greenautoml.energy.rapl.RaplUnavailableException;

/**
 * Where meters come from. {@link #detect()} prefers RAPL counters (direct, ±10%) and falls back to
 * the power model (a CPU load curve; its band, ±23 % to ±66 % for a CPU with a measured sweep and
 * wider for one matched by TDP or generation, is in every reading) with a one-line reason that
 * names the matched CPU and what was assumed, logged once through {@link System.Logger}. The
 * detected meter is shared: it is created once per JVM.
 */
public final class EnergyMeters {

  private static final System.Logger LOG = System.getLogger(EnergyMeters.class.getName());

  /** A meter and the one line that says which it is and why it was chosen. */
  public record Detection(EnergyMeter meter, String reason) {
    public Detection {
      requireNonNull(meter, "meter");
      requireNonNull(reason, "reason");
    }
  }

  private EnergyMeters() {}

  private static final class Detected {
    static final EnergyMeter METER = logged(detect(Powercap.DEFAULT_ROOT));

    private static EnergyMeter logged(Detection detection) {
      Level level =
          detection.meter().method() == EnergyMethod.RAPL ? Level.INFO : Level.WARNING;
      LOG.log(level, detection.reason());
      return detection.meter();
    }
  }

  private static final class Model {
    static final EnergyMeter METER = PowerModelMeter.forThisMachine();
  }

  /** The best meter on this machine (RAPL under {@code /sys/class/powercap}, else the power model). */
  public static EnergyMeter detect() {
    return Detected.METER;
  }

  /**
   * The power model for this machine's CPU: its calibrated curve if {@code greenautoml meter
   * --calibrate} stored one, else the bundled table's best match for its CPU identity.
   */
  public static EnergyMeter powerModel() {
    return Model.METER;
  }

  /**
   * Detects a meter with the powercap tree at {@code powercapRoot} (a fake tree in tests); does not
   * log. The reason reads {@code "energy meter: RAPL (...)"} or {@code "energy meter: power model,
   * because <why RAPL is unavailable>"}.
   */
  public static Detection detect(Path powercapRoot) {
    requireNonNull(powercapRoot, "powercapRoot");
    try {
      RaplMeter rapl = RaplMeter.open(powercapRoot);
      return new Detection(rapl, "energy meter: " + rapl.description());
    } catch (RaplUnavailableException e) {
      return fallback(e.getMessage());
    } catch (EnergyException e) {
      return fallback("RAPL counters unusable: " + e.getMessage());
    }
  }

  private static Detection fallback(String why) {
    EnergyMeter model = powerModel();
    return new Detection(
        model, "energy meter: power model, because " + why + "; " + model.description());
  }
}
