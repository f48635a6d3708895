package org.greenautoml.energy.model;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.greenautoml.energy.EnergyException;

/**
 * Where {@code greenautoml meter --calibrate} keeps this machine's measured curve, and where later
 * runs find it: a small properties file, by default {@code $XDG_CONFIG_HOME/greenautoml/
 * power-curve.properties} (else {@code ~/.config/greenautoml/...}; the system property {@code
 * greenautoml.calibration} overrides the path). The file names the CPU it was measured on; a
 * machine with another CPU ignores it. Thread-safe for readers; one writer at a time.
 */
public final class CalibrationStore {

  /** The system property that overrides the file's path. */
  public static final String PATH_PROPERTY = "greenautoml.calibration";

  private final Path file;

  private CalibrationStore(Path file) {
    this.file = file;
  }

  /** The store at {@code file}. */
  public static CalibrationStore at(Path file) {
    return new CalibrationStore(requireNonNull(file, "file"));
  }

  /** The store at the default place (see the class comment). */
  public static CalibrationStore atDefaultPlace() {
    String override = System.getProperty(PATH_PROPERTY);
    if (override != null && !override.isBlank()) {
      return at(Path.of(override));
    }
    String xdg = System.getenv("XDG_CONFIG_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".config");
    return at(base.resolve("greenautoml").resolve("power-curve.properties"));
  }

  /** The file. */
  public Path file() {
    return file;
  }

  /** Stores {@code calibration}, measured on {@code cpu}, replacing what was there. */
  public void save(CpuIdentity cpu, Calibration calibration) {
    Properties p = new Properties();
    p.setProperty("cpu", key(cpu));
    p.setProperty("idle_watts", Double.toString(calibration.curve().idleWatts()));
    p.setProperty("max_watts", Double.toString(calibration.curve().maxWatts()));
    p.setProperty("exponent", Double.toString(calibration.curve().exponent()));
    p.setProperty("duty_exponent", Double.toString(calibration.curve().dutyExponent()));
    p.setProperty("threads", Integer.toString(cpu.threads()));
    p.setProperty("measured_at", calibration.measuredAt().toString());
    p.setProperty("steps", Integer.toString(calibration.points().size()));
    p.setProperty("step_seconds", Double.toString(calibration.stepSeconds()));
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        p.store(out, "greenautoml meter --calibrate: RAPL package power"
            + " P = idle + (max - idle) a^k d^j (a threads running, d their duty)");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * The calibrated curve when the file exists and was measured on {@code cpu}; empty otherwise.
   *
   * @param band the band to state (a calibration is a measured sweep of this CPU)
   * @throws EnergyException when the file exists for this CPU but does not parse
   */
  public Optional<CpuPowerCurve> load(CpuIdentity cpu, UncertaintyBand band) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    } catch (IOException e) {
      throw new EnergyException(file + ": cannot read: " + e.getMessage());
    }
    if (!key(cpu).equals(p.getProperty("cpu"))) {
      return Optional.empty();
    }
    LoadCurve curve;
    try {
      double idle = number(p, "idle_watts");
      double max = number(p, "max_watts");
      double exponent = number(p, "exponent");
      // files written before the duty exponent existed hold a curve of utilisation alone
      double duty = p.containsKey("duty_exponent") ? number(p, "duty_exponent") : exponent;
      curve = new LoadCurve(idle, max, exponent, duty);
    } catch (IllegalArgumentException e) {
      throw new EnergyException(file + ": " + e.getMessage() + "; run greenautoml meter --calibrate again");
    }
    return Optional.of(
        new CpuPowerCurve(curve, cpu.threads(), CurveMatch.CALIBRATED,
            "this machine's calibration of " + p.getProperty("measured_at", "?") + " ("
                + p.getProperty("steps", "?") + " steps of " + p.getProperty("step_seconds", "?")
                + " s, " + file + ")",
            "the machine draws what it drew then at the same load", band));
  }

  private double number(Properties p, String name) {
    String text = p.getProperty(name);
    if (text == null) {
      throw new EnergyException(file + ": must have '" + name + "'; run greenautoml meter --calibrate again");
    }
    try {
      return Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw new EnergyException(file + ": '" + name + "' must be a number, found '" + text + "'");
    }
  }

  /** The key a calibration is stored under: vendor, name, CPUID signature and threads. */
  static String key(CpuIdentity cpu) {
    return String.format(Locale.ROOT, "%s|%s|%s|%s|%s|%d", cpu.vendor(), cpu.modelName(),
        cpu.family().isPresent() ? cpu.family().getAsInt() : "-",
        cpu.model().isPresent() ? cpu.model().getAsInt() : "-",
        cpu.stepping().isPresent() ? cpu.stepping().getAsInt() : "-", cpu.threads());
  }

  /**
   * One calibration.
   *
   * @param points the measured steps (utilisation, duty, RAPL package watts)
   * @param curve the curve fitted on them
   * @param stepSeconds how long each step ran
   * @param measuredAt when the calibration ended
   */
  public record Calibration(
      java.util.List<LoadPoint> points, LoadCurve curve, double stepSeconds, Instant measuredAt) {
    public Calibration {
      points = java.util.List.copyOf(points);
      requireNonNull(curve, "curve");
      requireNonNull(measuredAt, "measuredAt");
      if (!(stepSeconds > 0)) {
        throw new IllegalArgumentException("stepSeconds must be > 0, found " + stepSeconds);
      }
    }
  }
}
