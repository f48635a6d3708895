package org.greenautoml.energy.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.greenautoml.energy.EnergyException;
import org.greenautoml.energy.EnergyMethod;
import org.greenautoml.energy.EnergyReading;
import org.greenautoml.energy.MeterScope;
import org.greenautoml.energy.ReferenceTable;
import org.greenautoml.energy.carbon.CarbonAccountant;
import org.greenautoml.energy.carbon.CarbonRegions;
import org.greenautoml.energy.carbon.Pue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class EmissionsCsvTest {

  private static final EnergyReading READING =
      new EnergyReading(7200, 1800, 0, Duration.ofSeconds(10), Duration.ofSeconds(9),
          EnergyMethod.POWER_MODEL, MeterScope.THREAD, 0.4);

  private static EmissionsRun run(String code, String id) {
    CarbonAccountant a = new CarbonAccountant(CarbonRegions.bundled().lookup(code), Pue.ownMachine());
    return EmissionsRun.of(Instant.parse("2024-05-01T12:00:00Z"), "greenautoml", id, READING, a);
  }

  @Test
  void append_twoRuns_writesCodeCarbonHeaderOnceAndUnits(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("emissions.csv");
    EmissionsCsv csv = new EmissionsCsv(file);
    csv.append(run("FR", "run-1"));
    csv.append(run("gcp:europe-west9", "run-2"));
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("timestamp,project_name,run_id,experiment_id,duration,emissions,emissions_rate,cpu_power");
    ReferenceTable table = ReferenceTable.parse("emissions.csv", Files.newBufferedReader(file));
    ReferenceTable.Row fr = table.rows().get(0);
    assertThat(fr.get("timestamp")).isEqualTo("2024-05-01T12:00:00");
    assertThat(fr.number("duration")).isEqualTo(10.0);
    assertThat(fr.number("cpu_power")).isEqualTo(720.0);
    assertThat(fr.number("ram_power")).isEqualTo(180.0);
    assertThat(fr.number("cpu_energy")).isEqualTo(0.002);
    assertThat(fr.number("energy_consumed")).isEqualTo(0.0025);
    double grams = CarbonRegions.bundled().lookup("FR").gramsCO2ePerKWh();
    assertThat(fr.number("emissions")).isCloseTo(0.0025 * grams / 1000, org.assertj.core.api.Assertions.within(1e-15));
    assertThat(fr.get("country_iso_code")).isEqualTo("FRA");
    assertThat(fr.get("country_name")).isEqualTo("France");
    assertThat(fr.get("tracking_mode")).isEqualTo("process");
    assertThat(fr.get("python_version")).isEmpty();
    assertThat(fr.get("gpu_power")).isEqualTo("0.0");
    ReferenceTable.Row cloud = table.rows().get(1);
    assertThat(cloud.get("cloud_provider")).isEqualTo("gcp");
    assertThat(cloud.get("cloud_region")).isEqualTo("europe-west9");
    assertThat(cloud.get("on_cloud")).isEqualTo("Y");
    assertThat(cloud.get("country_iso_code")).isEmpty();
  }

  @Test
  void append_fileWithOtherHeader_isAnErrorNamingTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("emissions.csv");
    Files.writeString(file, "a,b\n1,2\n");
    assertThatThrownBy(() -> new EmissionsCsv(file).append(run("DE", "r")))
        .isInstanceOf(EnergyException.class)
        .hasMessageContaining(file + " line 1: must be the CodeCarbon header");
  }

  @Test
  void append_staticAndEmbodiedShares_cpuEnergyKeepsCodeCarbonsMeaningAndOursFollow(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("emissions.csv");
    CarbonAccountant a = new CarbonAccountant(CarbonRegions.bundled().lookup("FR"), Pue.ownMachine());
    new EmissionsCsv(file).append(EmissionsRun.of(Instant.parse("2024-05-01T12:00:00Z"), "g", "r",
        READING, 3600, java.util.OptionalDouble.of(0.004), a));
    ReferenceTable.Row row =
        ReferenceTable.parse("emissions.csv", Files.newBufferedReader(file)).rows().get(0);
    assertThat(row.number("cpu_dynamic_energy")).isEqualTo(0.002);
    assertThat(row.number("cpu_static_energy")).isEqualTo(0.001);
    assertThat(row.number("cpu_energy")).isCloseTo(0.003, org.assertj.core.api.Assertions.within(1e-15));
    assertThat(row.number("cpu_power")).isEqualTo(1080.0);
    assertThat(row.number("energy_consumed")).isCloseTo(0.0035, org.assertj.core.api.Assertions.within(1e-15));
    double grams = CarbonRegions.bundled().lookup("FR").gramsCO2ePerKWh();
    assertThat(row.number("emissions")).isCloseTo(0.0035 * grams / 1000, org.assertj.core.api.Assertions.within(1e-15));
    assertThat(row.number("embodied_emissions")).isEqualTo(0.004);
    assertThat(row.get("energy_method")).isEqualTo("POWER_MODEL");
    assertThat(row.number("energy_uncertainty")).isEqualTo(0.4);
  }

  @Test
  void append_fileWithCodeCarbonsColumnsOnly_keepsThatLayout(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("emissions.csv");
    Files.writeString(file, String.join(",", EmissionsCsv.COLUMNS) + "\n");
    new EmissionsCsv(file).append(run("DE", "r"));
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(2);
    assertThat(ReferenceTable.parse("e.csv", Files.newBufferedReader(file)).rows().get(0).cells())
        .hasSize(32);
  }

  @Test
  void columns_areCodeCarbonsThirtyTwo() {
    assertThat(EmissionsCsv.COLUMNS).hasSize(32).doesNotHaveDuplicates()
        .contains("emissions_rate", "ram_total_size", "tracking_mode", "on_cloud", "pue");
  }
}
