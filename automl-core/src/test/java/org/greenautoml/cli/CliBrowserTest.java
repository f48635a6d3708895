package org.greenautoml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import javax.imageio.ImageIO;
import org.greenautoml.report.HeadlessChromium;
import org.greenautoml.report.ReportReader;
import org.greenautoml.report.ReportWriter;
import org.greenautoml.report.RunReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: {@code greenautoml fit} on the demo, then its report.html in headless Chromium
 * (Debian's {@code chromium}): the DOM after load must hold the chart with its front line and the
 * front table with exactly the report's front, and a screenshot must be a page with colour. The
 * screenshot is kept in {@code target/cli-browser/report.png} for a person to look at. Fails when
 * chromium is missing (CI installs it) unless {@code -Dgreenautoml.skipBrowser=true}.
 */
final class CliBrowserTest {

  private static HeadlessChromium chromium;

  @TempDir Path temp;

  @BeforeAll
  static void findChromium() {
    chromium = HeadlessChromium.locate();
  }

  @Test
  void fitReport_inChromium_rendersChartAndFrontTable() throws Exception {
    Path run = DemoRun.directory();
    RunReport report = ReportReader.read(run.resolve(ReportWriter.REPORT_JSON));
    String page = run.resolve(ReportWriter.REPORT_HTML).toUri().toString();

    String dom = chromium.run(temp, List.of("--dump-dom", page));

    assertThat(dom).contains("<svg").contains("<path class=\"front\" d=\"M");
    assertThat(HeadlessChromium.count(dom, "<circle class=\"pt[^\"]*\" data-trial=")).isPositive();
    assertThat(HeadlessChromium.frontTableIds(dom)).containsExactlyInAnyOrderElementsOf(report.frontTrialIds());

    Path png = Paths.get("target", "cli-browser", "report.png").toAbsolutePath();
    Files.createDirectories(png.getParent());
    Files.deleteIfExists(png);
    chromium.run(temp, List.of("--screenshot=" + png, "--window-size=1280,1600", page));
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1280);
    assertThat(HeadlessChromium.distinctColours(image)).isGreaterThan(20);
  }
}
