package org.greenautoml.energy.carbon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class IntensitySeriesReaderTest {

  /** The bundled sample, as tests elsewhere read it. */
  static CarbonIntensitySeries bundledSample() throws IOException {
    try (Reader in = new InputStreamReader(CarbonIntensitySeries.class.getResourceAsStream(
        "series/gb-national-2023-03-14.csv"), StandardCharsets.UTF_8)) {
      return CarbonIntensitySeries.read("gb-national-2023-03-14.csv", in);
    }
  }

  private static CarbonIntensitySeries read(String csv) throws IOException {
    return CarbonIntensitySeries.read("test.csv", new StringReader(csv.replace('|', '\n')));
  }

  @Test
  void read_bundledSample_isThreeDaysOfHalfHours() throws IOException {
    CarbonIntensitySeries series = bundledSample();
    assertThat(series.size()).isEqualTo(144);
    assertThat(series.step()).isEqualTo(Duration.ofMinutes(30));
    assertThat(series.start()).isEqualTo(Instant.parse("2023-03-14T01:00:00Z"));
    assertThat(series.end()).isEqualTo(Instant.parse("2023-03-17T01:00:00Z"));
    assertThat(series.gramsPerKWh(0)).isEqualTo(81);
    assertThat(series.minGramsPerKWh()).isEqualTo(58);
    assertThat(series.maxGramsPerKWh()).isEqualTo(251);
  }

  @Test
  void read_offsetsUtcAndForecastRows_sameInstantsAndKinds() throws IOException {
    CarbonIntensitySeries series = read("timestamp,g_co2e_per_kwh,kind|"
        + "2023-03-26T00:30:00Z,100,actual|"
        + "2023-03-26T02:00+01:00,110,|"
        + "2023-03-26 01:30:00+00:00,120,forecast|");
    assertThat(series.step()).isEqualTo(Duration.ofMinutes(30));
    assertThat(series.timeOf(2)).isEqualTo(Instant.parse("2023-03-26T01:30:00Z"));
    assertThat(series.kind(1)).isEqualTo(IntensityKind.ACTUAL);
    assertThat(series.kind(2)).isEqualTo(IntensityKind.FORECAST);
  }

  @ParameterizedTest(name = "{3}")
  @CsvSource(delimiter = ';', value = {
    "time,grams|2023-03-14T01:00Z,1|2023-03-14T02:00Z,1; 1; 1; column 1 must be 'timestamp'",
    "timestamp,g_co2e_per_kwh|2023-03-14T01:00,1|2023-03-14T02:00Z,1; 2; 1; with an offset or Z",
    "timestamp,g_co2e_per_kwh|2023-03-14T01:00Z,abc|2023-03-14T02:00Z,1; 2; 2; must be a number",
    "timestamp,g_co2e_per_kwh|2023-03-14T01:00Z,-3|2023-03-14T02:00Z,1; 2; 2; >= 0",
    "timestamp,g_co2e_per_kwh|2023-03-14T01:00Z,1|2023-03-14T02:00Z,25000; 3; 2; at most 2000",
    "timestamp,g_co2e_per_kwh|2023-03-14T01:00Z,1|2023-03-14T01:00Z,1; 3; 1; appears twice",
    "timestamp,g_co2e_per_kwh|2023-03-14T02:00Z,1|2023-03-14T01:00Z,1; 3; 1; in time order",
    "timestamp,g_co2e_per_kwh|2023-03-14T01:00Z,1|2023-03-14T01:30Z,1|2023-03-14T03:00Z,1;"
        + " 4; 1; gap: 2 row(s) of PT30M missing",
    "timestamp,g_co2e_per_kwh|2023-03-14T01:00Z,1|2023-03-14T01:30Z,1|2023-03-14T01:45Z,1;"
        + " 4; 1; rows overlap",
    "timestamp,g_co2e_per_kwh|2023-03-14T01:00Z,1|2023-03-14T01:30Z,1|2023-03-14T02:10Z,1;"
        + " 4; 1; irregular interval",
    "timestamp,g_co2e_per_kwh|2023-03-14T01:00Z,1|2023-03-14T03:00Z,1; 3; 1; between 5 minutes"
        + " and 1 hour",
    "timestamp,g_co2e_per_kwh,kind|2023-03-14T01:00Z,1,guess|2023-03-14T02:00Z,1,; 2; 3;"
        + " kind must be actual or forecast",
    "timestamp,g_co2e_per_kwh|2023-03-14T01:00Z,1,3|2023-03-14T02:00Z,1; 2; 3; must have 2 cells",
    "timestamp,g_co2e_per_kwh|2023-03-14T01:00Z,1; 2; 1; at least two rows",
  })
  void read_badInput_namesFileLineAndColumn(String csv, int line, int column, String problem) {
    assertThatThrownBy(() -> read(csv))
        .isInstanceOfSatisfying(IntensitySeriesException.class, e -> {
          assertThat(e.line()).hasValue(line);
          assertThat(e.column()).hasValue(column);
          assertThat(e.source()).isEqualTo("test.csv");
        })
        .hasMessageStartingWith("test.csv, line " + line + ", column " + column + ": ")
        .hasMessageContaining(problem);
  }

  @Test
  void read_missingFile_saysItCannotBeRead(@TempDir Path dir) {
    Path missing = dir.resolve("none.csv");
    assertThatThrownBy(() -> CarbonIntensitySeries.read(missing))
        .isInstanceOf(IntensitySeriesException.class)
        .hasMessageContaining("none.csv: cannot read the intensity series");
  }

  @Test
  void read_commentsAndBlankLines_skipped(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("s.csv");
    Files.writeString(file, "# from somewhere\ntimestamp,g_co2e_per_kwh\n\n"
        + "2023-03-14T01:00Z,10\n2023-03-14T01:05Z,20\n");
    CarbonIntensitySeries series = CarbonIntensitySeries.read(file);
    assertThat(series.values()).containsExactly(10.0, 20.0);
    assertThat(series.step()).isEqualTo(Duration.ofMinutes(5));
  }
}
