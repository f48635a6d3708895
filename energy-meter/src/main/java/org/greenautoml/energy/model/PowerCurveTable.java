package org.greenautoml.energy.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Matches a {@link CpuIdentity} to a {@link CpuPowerCurve} by the most specific key available:
 *
 * <ol>
 *   <li>{@link CurveMatch#MEASURED_MODEL}: the model name contains a CPU with a published RAPL sweep
 *       ({@link MeasuredProfiles}); the curve fitted on that sweep. Band: held-out steps ({@link
 *       HeldOutValidation#crossStep}).
 *   <li>{@link CurveMatch#TDP_CLASS}: the model's TDP is in {@link TdpTable}; the vendor's class
 *       curve (fitted in units of TDP on the vendor's measured CPUs) × TDP × sockets. Band: held-out
 *       CPUs ({@link HeldOutValidation#crossMachine}). An EC2 VM (instance type in the DMI product
 *       name, {@link CloudInstances}) is matched the same way on its host's CPU, scaled by its
 *       share of the host's vCPUs.
 *   <li>{@link CurveMatch#VENDOR_GENERATION}: vendor and CPUID family/model only; the generation's
 *       median TDP per thread × threads. Band: held-out CPUs, widened by the generation's TDP spread.
 *   <li>{@link CurveMatch#DEFAULT}: Green Algorithms' default watts per core × cores, pooled class
 *       curve; band widened by the widest generation spread.
 * </ol>
 *
 * <p>In a virtual machine the package is shared with other guests, so a package TDP does not
 * apply: the measured curve is scaled by this VM's threads over the measured machine's, and a
 * named CPU is treated by its generation's TDP per thread (rule 3). Immutable; thread-safe;
 * building the bundled table fits about 20 curves (milliseconds), once per JVM.
 */
public final class PowerCurveTable {

  private final MeasuredProfiles profiles;
  private final Map<String, LoadCurve> measuredCurves;
  private final TdpTable tdp;
  private final CpuGenerations generations;
  private final CloudInstances cloud;
  private final UncertaintyBand measuredBand;
  private final UncertaintyBand classBand;

  private PowerCurveTable(MeasuredProfiles profiles, TdpTable tdp, CpuGenerations generations,
      CloudInstances cloud) {
    this.profiles = profiles;
    this.cloud = cloud;
    this.tdp = tdp;
    this.generations = generations;
    Map<String, LoadCurve> curves = new LinkedHashMap<>();
    profiles.byCpu().forEach((model, rows) ->
        curves.put(model, LoadCurveFit.fit(rows.stream().map(MeasuredProfiles.Row::point).toList())));
    this.measuredCurves = Map.copyOf(curves);
    this.measuredBand =
        UncertaintyBand.fromHeldOut(HeldOutValidation.crossStep(profiles),
            "90 % quantile of held-out relative errors, published RAPL sweeps of "
                + curves.size() + " CPUs");
    this.classBand =
        UncertaintyBand.fromHeldOut(HeldOutValidation.crossMachine(profiles),
            "90 % quantile of relative errors on CPUs left out of the class fit");
  }

  /** The bundled tables. */
  public static PowerCurveTable bundled() {
    return Holder.BUNDLED;
  }

  private static final class Holder {
    static final PowerCurveTable BUNDLED =
        new PowerCurveTable(MeasuredProfiles.bundled(), TdpTable.bundled(), CpuGenerations.bundled(),
            CloudInstances.bundled());
  }

  /** The curve for {@code cpu}; see the class comment for the order of keys. */
  public CpuPowerCurve match(CpuIdentity cpu) {
    requireNonNull(cpu, "cpu");
    Optional<CpuPowerCurve> measured = measured(cpu);
    if (measured.isPresent()) {
      return measured.get();
    }
    Optional<CpuPowerCurve> instance = cloudInstance(cpu);
    if (instance.isPresent()) {
      return instance.get();
    }
    Optional<TdpEntry> entry = tdp.lookup(cpu.modelName());
    if (entry.isPresent() && !cpu.virtualMachine()) {
      TdpEntry e = entry.get();
      double watts = e.tdpWatts() * cpu.packages();
      return new CpuPowerCurve(
          classCurve(cpu.vendor()).scaled(watts), cpu.threads(), CurveMatch.TDP_CLASS,
          "TDP " + e.tdpWatts() + " W x " + cpu.packages() + " socket(s) of '" + e.model() + "' ("
              + e.table() + ")",
          "the " + vendorOrPooled(cpu.vendor()) + " class curve in units of TDP", classBand);
    }
    Optional<CpuGenerations.Generation> generation = generations.lookup(cpu);
    if (generation.isPresent()) {
      return byGeneration(cpu, generation.get(), entry);
    }
    double watts = tdp.defaultWattsPerCore() * cpu.cores();
    return new CpuPowerCurve(
        classCurve("").scaled(watts), cpu.threads(), CurveMatch.DEFAULT,
        "nothing (vendor '" + cpu.vendor() + "' has no generation table)",
        "TDP " + tdp.defaultWattsPerCore() + " W per core x " + cpu.cores() + " cores ("
            + tdp.defaultSource() + "), pooled class curve",
        classBand.widened(widestSpread(), "TDP per core unknown"));
  }

  private Optional<CpuPowerCurve> measured(CpuIdentity cpu) {
    String name = " " + TdpTable.normalise(cpu.modelName()) + " ";
    for (Map.Entry<String, LoadCurve> e : measuredCurves.entrySet()) {
      if (!name.contains(" " + TdpTable.normalise(e.getKey()) + " ")) {
        continue;
      }
      int measuredThreads = profiles.byCpu().get(e.getKey()).get(0).threads();
      boolean share = cpu.virtualMachine() || cpu.threads() != measuredThreads;
      LoadCurve curve =
          share ? e.getValue().scaled((double) cpu.threads() / measuredThreads) : e.getValue();
      String assumed =
          share
              ? String.format(Locale.ROOT, "this machine holds %d of the measured machine's %d"
                  + " threads, so that share of its power", cpu.threads(), measuredThreads)
              : "this machine draws what the measured one did at the same load";
      return Optional.of(
          new CpuPowerCurve(curve, cpu.threads(), CurveMatch.MEASURED_MODEL,
              "published RAPL sweep of '" + e.getKey() + "' (CodeCarbon cpu_load_profiling)",
              assumed, measuredBand));
    }
    return Optional.empty();
  }

  /** An EC2 instance whose host CPU's TDP is known: that TDP × sockets × its vCPU share. */
  private Optional<CpuPowerCurve> cloudInstance(CpuIdentity cpu) {
    Optional<CloudInstances.Instance> found = cpu.platform().flatMap(cloud::lookup);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    CloudInstances.Instance i = found.get();
    Optional<TdpEntry> entry = tdp.lookup(i.hostCpu());
    if (entry.isEmpty()) {
      return Optional.empty();
    }
    double share = (double) cpu.threads() / i.hostVcpus();
    double watts = entry.get().tdpWatts() * i.hostSockets() * share;
    String vendor = CpuIdentity.normaliseVendor(i.hostCpu());
    return Optional.of(new CpuPowerCurve(
        classCurve(vendor).scaled(watts), cpu.threads(), CurveMatch.TDP_CLASS,
        String.format(Locale.ROOT, "AWS %s on %s (Boavizta archetypes), TDP %.0f W x %d socket(s)"
            + " (%s)", i.instanceType(), i.hostCpu(), entry.get().tdpWatts(), i.hostSockets(),
            entry.get().table()),
        String.format(Locale.ROOT, "this VM's %d of the host's %d vCPUs hold that share of its"
            + " packages, and the %s class curve", cpu.threads(), i.hostVcpus(),
            vendorOrPooled(vendor)),
        classBand));
  }

  private CpuPowerCurve byGeneration(
      CpuIdentity cpu, CpuGenerations.Generation g, Optional<TdpEntry> named) {
    double watts = g.wattsPerThread() * cpu.threads();
    String why =
        named.isPresent()
            ? "virtual machine: the package TDP of '" + named.get().model()
                + "' is shared with other guests"
            : "no TDP for '" + cpu.modelName() + "'";
    return new CpuPowerCurve(
        classCurve(cpu.vendor()).scaled(watts), cpu.threads(), CurveMatch.VENDOR_GENERATION,
        g.name() + " by vendor and CPUID family/model (" + why + ")",
        String.format(Locale.ROOT, "the generation's median TDP of %.3g W per thread (%d products,"
            + " %s) x %d threads = %.3g W, and the %s class curve", g.wattsPerThread(),
            g.products(), g.source(), cpu.threads(), watts, vendorOrPooled(cpu.vendor())),
        classBand.widened(g.spread(), "spread of TDP per thread in the generation"));
  }

  /** The class curve in units of TDP for a vendor (all measured CPUs when it has none). */
  LoadCurve classCurve(String vendor) {
    return HeldOutValidation.classCurve(profiles, vendor, "");
  }

  private String vendorOrPooled(String vendor) {
    return profiles.rows().stream().anyMatch(r -> r.vendor().equalsIgnoreCase(vendor))
        ? vendor
        : "pooled (all vendors)";
  }

  private double widestSpread() {
    List<Double> spreads = new ArrayList<>();
    for (String vendor : List.of("AMD", "Intel")) {
      CpuIdentity any =
          new CpuIdentity(vendor, "", java.util.OptionalInt.empty(), java.util.OptionalInt.empty(),
              java.util.OptionalInt.empty(), 1, 1, 1, false, Optional.empty());
      generations.lookup(any).ifPresent(g -> spreads.add(g.spread()));
    }
    return spreads.stream().mapToDouble(Double::doubleValue).max().orElse(1.0);
  }

  /** The band of a curve fitted on this CPU's own or published measurements. */
  public UncertaintyBand measuredBand() {
    return measuredBand;
  }

  /** The band of a class curve on a CPU it was not fitted on. */
  public UncertaintyBand classBand() {
    return classBand;
  }
}
