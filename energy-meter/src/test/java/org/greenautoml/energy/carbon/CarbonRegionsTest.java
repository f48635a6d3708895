package org.greenautoml.energy.carbon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.greenautoml.energy.EnergyMethod;
import org.greenautoml.energy.EnergyReading;
import org.greenautoml.energy.MeterScope;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class CarbonRegionsTest {

  private static final CarbonRegions REGIONS = CarbonRegions.bundled();

  /** The bundled OWID table read independently: alpha-3 -> {intensity, year}. */
  private static Map<String, double[]> owidTable() throws Exception {
    Map<String, double[]> table = new HashMap<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                CarbonRegions.class.getResourceAsStream("owid-country-intensity.csv"),
                StandardCharsets.UTF_8))) {
      in.readLine();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] cells = line.split(",");
        table.put(cells[0], new double[] {Double.parseDouble(cells[cells.length - 2]),
            Double.parseDouble(cells[cells.length - 1])});
      }
    }
    return table;
  }

  @ParameterizedTest
  @CsvSource({"FR,FRA", "DE,DEU", "PL,POL", "NO,NOR", "US,USA", "IN,IND", "CN,CHN"})
  void footprintOf_oneKWhInCountry_matchesBundledTableWithSourceAndYear(String alpha2, String alpha3)
      throws Exception {
    double[] expected = owidTable().get(alpha3);
    CarbonIntensity ci = REGIONS.lookup(alpha2);
    assertThat(REGIONS.lookup(alpha3)).isEqualTo(ci);
    assertThat(REGIONS.lookup(alpha2.toLowerCase())).isEqualTo(ci);
    CarbonFootprint f = new CarbonAccountant(ci, Pue.ownMachine()).footprintOf(1.0);
    assertThat(f.kgCO2e()).isCloseTo(expected[0] / 1000, within(1e-12));
    assertThat(ci.year()).isEqualTo((int) expected[1]);
    assertThat(ci.source()).contains("Our World in Data").contains("Green Algorithms");
    assertThat(f.lowKgCO2e()).isLessThanOrEqualTo(f.kgCO2e());
    assertThat(f.highKgCO2e()).isGreaterThanOrEqualTo(f.kgCO2e());
    assertThat(f.highKgCO2e() - f.lowKgCO2e()).isGreaterThan(0);
  }

  @Test
  void world_oneKWh_is475GramsFromIea2019() {
    CarbonIntensity world = REGIONS.world();
    assertThat(REGIONS.lookup("world")).isEqualTo(world);
    assertThat(new CarbonAccountant(world, Pue.ownMachine()).footprintOf(1.0).grams()).isEqualTo(475.0);
    assertThat(world.year()).isEqualTo(2019);
    assertThat(world.source()).contains("iea.org");
  }

  @Test
  void bundledTable_matchesSharedReferenceJson() throws Exception {
    Path json = Path.of(System.getProperty("greenautoml.shared", "../shared"), "reference",
        "owid-country-energy-mix-2022.json");
    Assumptions.assumeTrue(Files.isReadable(json), "shared reference not present");
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    for (String alpha3 : new String[] {"FRA", "DEU", "POL", "NOR", "USA", "IND", "CHN"}) {
      assertThat(REGIONS.lookup(alpha3).gramsCO2ePerKWh())
          .isEqualTo(root.get(alpha3).get("carbon_intensity").asDouble());
    }
  }

  @Test
  void lookup_cloudRegion_isCaseInsensitiveProviderColonRegion() {
    CarbonIntensity ci = REGIONS.lookup("GCP:europe-west9");
    assertThat(ci.regionCode()).isEqualTo("gcp:europe-west9");
    assertThat(ci.gramsCO2ePerKWh()).isEqualTo(34.0);
    assertThat(ci.describe()).contains("year not stated");
  }

  @Test
  void lookup_unknownRegion_listsClosestCodes() {
    assertThatThrownBy(() -> REGIONS.lookup("FRX"))
        .isInstanceOf(UnknownRegionException.class)
        .hasMessageStartingWith("unknown region 'FRX'")
        .hasMessageContaining("closest known codes: ")
        .hasMessageContaining("FRA");
    UnknownRegionException e = org.junit.jupiter.api.Assertions.assertThrows(
        UnknownRegionException.class, () -> REGIONS.lookup("aws:eu-west-3"));
    assertThat(e.closest()).hasSize(5).allMatch(REGIONS.codes()::contains);
  }

  @Test
  void pue_zeroNegativeOrNaN_isRejected() {
    assertThatThrownBy(() -> new Pue(0, "x")).hasMessage("PUE must be finite and >= 1 (facility energy / IT energy), found 0.0");
    assertThatThrownBy(() -> new Pue(-1.2, "x")).hasMessageContaining("found -1.2");
    assertThatThrownBy(() -> new Pue(Double.NaN, "x")).hasMessageContaining("found NaN");
    assertThat(Pue.dataCentreDefault().value()).isEqualTo(1.56);
    assertThat(Pue.ownMachine().value()).isEqualTo(1.0);
  }

  @Test
  void footprintOf_nanOrNegativeKWh_isRejected() {
    CarbonAccountant accountant = new CarbonAccountant(REGIONS.world(), Pue.ownMachine());
    assertThatThrownBy(() -> accountant.footprintOf(Double.NaN)).hasMessage("energy must be finite and >= 0 kWh, found NaN");
    assertThatThrownBy(() -> accountant.footprintOf(-1)).hasMessageContaining("found -1.0");
  }

  @Test
  void footprintOf_reading_appliesPueAndWidensBandByUncertainty() {
    CarbonIntensity ci = REGIONS.lookup("DE");
    CarbonAccountant accountant = new CarbonAccountant(ci, Pue.dataCentreDefault());
    EnergyReading r = new EnergyReading(3.6e6, 0, 0, Duration.ofHours(1), Duration.ofHours(1),
        EnergyMethod.POWER_MODEL, MeterScope.PROCESS, 0.4);
    CarbonFootprint f = accountant.footprintOf(r);
    assertThat(f.kgCO2e()).isCloseTo(1.56 * ci.gramsCO2ePerKWh() / 1000, within(1e-12));
    assertThat(f.lowKgCO2e()).isCloseTo(1.56 * 0.6 * ci.lowGramsCO2ePerKWh() / 1000, within(1e-12));
    assertThat(f.highKgCO2e()).isCloseTo(1.56 * 1.4 * ci.highGramsCO2ePerKWh() / 1000, within(1e-12));
    assertThat(f.plus(CarbonFootprint.ZERO)).isEqualTo(f);
  }

  @Test
  void distance_isLevenshtein() {
    assertThat(CarbonRegions.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(CarbonRegions.distance("", "abc")).isEqualTo(3);
  }
}
