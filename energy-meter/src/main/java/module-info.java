/**
 * The energy meter: measures the joules a block of work spends and converts kWh to kg CO2e. The
 * API is {@code energy} (meters, readings), {@code energy.carbon} (intensities, PUE, the
 * accountant) and {@code energy.attribution} (machine share, static and embodied shares); the
 * meters' implementations (the power model and its tables, RAPL) and the emissions log are
 * internal, open to the engine and the benchmarks only.
 */
module org.greenautoml.energy {
  requires transitive org.greenautoml.errors;
  requires com.github.oshi;
  requires java.management;
  requires jdk.management;

  exports org.greenautoml.energy;
  exports org.greenautoml.energy.carbon;
  exports org.greenautoml.energy.attribution;
  exports org.greenautoml.energy.log to org.greenautoml;
  exports org.greenautoml.energy.model to org.greenautoml;
  exports org.greenautoml.energy.rapl to org.greenautoml;
}
