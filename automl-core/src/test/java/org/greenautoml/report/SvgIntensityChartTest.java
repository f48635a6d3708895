package org.greenautoml.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import javax.xml.parsers.DocumentBuilderFactory;
import org.greenautoml.energy.carbon.CarbonIntensitySeries;
import org.greenautoml.energy.carbon.TimeSpan;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

final class SvgIntensityChartTest {

  private static final Instant T0 = Instant.parse("2023-03-14T01:00:00Z");
  private static final CarbonIntensitySeries SERIES = CarbonIntensitySeries.of(
      "gb <sample>", T0, Duration.ofMinutes(30), new double[] {100, 250, 80, 90});

  private static Document parse(String svg) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void render_trialsWaitsAndThreshold_drawnWhereTheyHappenedAndEscaped() throws Exception {
    TimeSpan run = new TimeSpan(T0.plusSeconds(3600), T0.plusSeconds(4200));
    SvgIntensityChart chart = new SvgIntensityChart(SERIES,
        List.of(new SvgIntensityChart.Mark(7, "xgboost", run, 80, "trial 7 <xgboost>")),
        List.of(new TimeSpan(T0.plusSeconds(1800), T0.plusSeconds(3600))), OptionalDouble.of(120),
        Map.of("xgboost", "#1f77b4"));

    String svg = chart.render();
    Document doc = parse(svg);

    assertThat(svg).contains("gb &lt;sample&gt;").contains("trial 7 &lt;xgboost&gt;");
    NodeList circles = doc.getElementsByTagName("circle");
    Element mark = (Element) circles.item(0);
    assertThat(Double.parseDouble(mark.getAttribute("cx"))).isCloseTo(chart.x(run.from()),
        org.assertj.core.api.Assertions.within(0.01));
    assertThat(Double.parseDouble(mark.getAttribute("cy"))).isCloseTo(chart.y(80),
        org.assertj.core.api.Assertions.within(0.01));
    assertThat(chart.y(250)).isLessThan(chart.y(80));
    assertThat(svg).contains("class=\"threshold\"").contains("class=\"wait\"")
        .contains("03-14 02:00");
  }

  @Test
  void niceCeiling_anyValue_isARoundMultipleOfAPowerOfTen() {
    assertThat(SvgIntensityChart.niceCeiling(263)).isEqualTo(300);
    assertThat(SvgIntensityChart.niceCeiling(41.7)).isEqualTo(50);
    assertThat(SvgIntensityChart.niceCeiling(100)).isEqualTo(100);
    assertThat(SvgIntensityChart.niceCeiling(0.13)).isCloseTo(0.15,
        org.assertj.core.api.Assertions.within(1e-12));
  }
}
