package org.greenautoml.energy.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.greenautoml.energy.EnergyException;
import org.greenautoml.energy.ReferenceTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class TdpTableTest {

  private static ReferenceTable csv(String origin, String text) throws Exception {
    return ReferenceTable.parse(origin, new StringReader(text));
  }

  @Test
  void lookup_oshiStyleXeonName_findsGreenAlgorithmsRowWithSource() {
    TdpEntry e = TdpTable.bundled().lookup("Intel(R) Xeon(R) CPU E5-2650 v2 @ 2.60GHz").orElseThrow();
    assertThat(e.model()).isEqualTo("Xeon E5-2650 v2");
    assertThat(e.tdpWatts()).isEqualTo(95.0);
    assertThat(e.table()).isEqualTo("green-algorithms");
    assertThat(e.source()).startsWith("https://");
  }

  @Test
  void lookup_codeCarbonOnlyModel_findsCodeCarbonRow() {
    TdpEntry e = TdpTable.bundled().lookup("Intel(R) Core(TM) i7-8550U CPU @ 1.80GHz").orElseThrow();
    assertThat(e.tdpWatts()).isEqualTo(15.0);
    assertThat(e.table()).isEqualTo("codecarbon");
  }

  @Test
  void lookup_genericName_isEmpty() {
    assertThat(TdpTable.bundled().lookup("Intel(R) Xeon(R) Processor")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "AMD EPYC 7763 64-Core Processor, AMD EPYC 7763, 280.0",
    "AMD Ryzen 9 5950X 16-Core Processor, AMD Ryzen 9 5950X, 105.0",
    "Intel(R) Core(TM) i9-9900K CPU @ 3.60GHz, Core i9-9900K, 95.0",
    "Intel(R) Xeon(R) Gold 6226R CPU @ 2.90GHz, Intel Xeon Gold 6226R, 150.0"
  })
  void lookup_commonOshiNames_findTheirModel(String name, String model, double tdp) {
    TdpEntry e = TdpTable.bundled().lookup(name).orElseThrow();
    assertThat(e.model()).isEqualTo(model);
    assertThat(e.tdpWatts()).isEqualTo(tdp);
  }

  @ParameterizedTest
  @CsvSource({"AMD EPYC Processor", "Intel(R) Xeon(R) CPU @ 2.20GHz"})
  void lookup_namesWithoutAModelNumber_matchNothing(String name) {
    assertThat(TdpTable.bundled().lookup(name)).isEmpty();
  }

  @Test
  void of_unparseableTdpRow_failsNamingTableLineAndValue() throws Exception {
    ReferenceTable ga = csv("ga.csv", "model,TDP,n_cores,TDP_per_core,source\nAny,,,12,\nFoo 100,ninety,4,1,x\n");
    ReferenceTable cc = csv("cc.csv", "Name,TDP\nBar 200,65\n");
    assertThatThrownBy(() -> TdpTable.of(ga, cc))
        .isInstanceOf(EnergyException.class)
        .hasMessage("ga.csv line 3: column 'TDP' must be a number, found 'ninety'");
  }

  @Test
  void of_negativeTdpOrShortRow_failsNamingLine() throws Exception {
    ReferenceTable ga = csv("ga.csv", "model,TDP,n_cores,TDP_per_core,source\nAny,,,12,\n");
    assertThatThrownBy(() -> TdpTable.of(ga, csv("cc.csv", "Name,TDP\nBar 200,-65\n")))
        .hasMessage("cc.csv line 2: column 'TDP' must be > 0, found -65.0");
    assertThatThrownBy(() -> csv("cc.csv", "Name,TDP\nBar 200\n"))
        .hasMessage("cc.csv line 2: must have 2 cells like its header, found 1");
  }
}
