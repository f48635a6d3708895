package org.greenautoml.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads report.html in headless Chromium (Debian's {@code chromium}): the DOM after load must
 * hold both charts and the front table, and no injected script may have run. Fails when chromium
 * is missing (CI installs it) unless {@code -Dgreenautoml.skipBrowser=true}. Screenshots are kept
 * in {@code target/report-browser/} for a person to look at.
 */
final class ChromiumBrowserTest {

  private static HeadlessChromium chromium;

  @TempDir Path temp;

  @BeforeAll
  static void findChromium() {
    chromium = HeadlessChromium.locate();
  }

  @Test
  void dumpDom_syntheticReport_rendersChartsAndFrontTable() throws Exception {
    RunReport report = SyntheticReports.run(11);
    String dom = dumpDom(write(report, "synthetic"));

    assertThat(HeadlessChromium.count(dom, "<circle class=\"pt[^\"]*\" data-trial=")).isPositive();
    assertThat(dom).contains("id=\"" + HtmlReport.CHART_KWH_ID + "\"")
        .contains("id=\"" + HtmlReport.CHART_INFERENCE_ID + "\"")
        .contains("<path class=\"front\" d=\"M");
    assertThat(HeadlessChromium.frontTableIds(dom)).containsExactlyInAnyOrderElementsOf(report.frontTrialIds());
  }

  @Test
  void dumpDom_hostileStrings_noInjectedScriptRuns() throws Exception {
    RunReport report = HostileReports.report();
    String dom = dumpDom(write(report, "hostile"));

    assertThat(dom).contains("<title>GreenAutoML report: ");
    assertThat(dom).doesNotContain("pwned</title>").doesNotContainPattern("(?i)<script")
        .doesNotContainPattern("(?i)<img")
        .doesNotContainPattern("(?i)<[a-z][^<>]*\\son[a-z]+\\s*=");
    // the hostile family reached the page as text, inside its table cell
    assertThat(dom).contains("<td>&lt;script&gt;document.title='pwned'&lt;/script&gt;</td>");
    assertThat(HeadlessChromium.frontTableIds(dom)).containsExactlyInAnyOrderElementsOf(report.frontTrialIds());
  }

  @Test
  void screenshot_syntheticReport_isAPageWithColour() throws Exception {
    for (String name : List.of("synthetic", "hostile")) {
      RunReport report = name.equals("synthetic") ? SyntheticReports.run(11) : HostileReports.report();
      Path html = write(report, name);
      Path png = Paths.get("target", "report-browser", name + ".png").toAbsolutePath();
      Files.createDirectories(png.getParent());
      Files.deleteIfExists(png);
      chromium.run(temp, List.of("--screenshot=" + png, "--window-size=1280,1600", html.toUri().toString()));
      BufferedImage image = ImageIO.read(png.toFile());
      assertThat(image.getWidth()).isEqualTo(1280);
      assertThat(HeadlessChromium.distinctColours(image)).as("colours in %s", png).isGreaterThan(20);
    }
  }

  private Path write(RunReport report, String name) throws IOException {
    Path dir = temp.resolve(name);
    ReportWriter.write(report, dir);
    return dir.resolve(ReportWriter.REPORT_HTML);
  }

  private String dumpDom(Path html) throws Exception {
    return chromium.run(temp, List.of("--dump-dom", html.toUri().toString()));
  }
}
