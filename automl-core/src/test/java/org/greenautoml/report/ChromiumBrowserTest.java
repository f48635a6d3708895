package org.greenautoml.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
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

  private static String chromium;

  @TempDir Path temp;

  @BeforeAll
  static void findChromium() {
    Assumptions.assumeFalse(Boolean.getBoolean("greenautoml.skipBrowser"),
        "browser test skipped: -Dgreenautoml.skipBrowser=true");
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
        if (!dir.isEmpty() && Files.isExecutable(Paths.get(dir, name))) {
          chromium = Paths.get(dir, name).toString();
          return;
        }
      }
    }
    fail("chromium is not on PATH: install Debian's chromium (apt-get install chromium) "
        + "or run with -Dgreenautoml.skipBrowser=true");
  }

  @Test
  void dumpDom_syntheticReport_rendersChartsAndFrontTable() throws Exception {
    RunReport report = SyntheticReports.run(11);
    String dom = dumpDom(write(report, "synthetic"));

    assertThat(countMatches(dom, "<circle class=\"pt[^\"]*\" data-trial=")).isPositive();
    assertThat(dom).contains("id=\"" + HtmlReport.CHART_KWH_ID + "\"")
        .contains("id=\"" + HtmlReport.CHART_INFERENCE_ID + "\"")
        .contains("<path class=\"front\" d=\"M");
    assertThat(frontTableTrialIds(dom)).containsExactlyInAnyOrderElementsOf(report.frontTrialIds());
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
    assertThat(frontTableTrialIds(dom)).containsExactlyInAnyOrderElementsOf(report.frontTrialIds());
  }

  @Test
  void screenshot_syntheticReport_isAPageWithColour() throws Exception {
    for (String name : List.of("synthetic", "hostile")) {
      RunReport report = name.equals("synthetic") ? SyntheticReports.run(11) : HostileReports.report();
      Path html = write(report, name);
      Path png = Paths.get("target", "report-browser", name + ".png").toAbsolutePath();
      Files.createDirectories(png.getParent());
      Files.deleteIfExists(png);
      run(List.of("--screenshot=" + png, "--window-size=1280,1600", html.toUri().toString()));
      BufferedImage image = ImageIO.read(png.toFile());
      assertThat(image.getWidth()).isEqualTo(1280);
      assertThat(distinctColours(image)).as("colours in %s", png).isGreaterThan(20);
    }
  }

  private Path write(RunReport report, String name) throws IOException {
    Path dir = temp.resolve(name);
    ReportWriter.write(report, dir);
    return dir.resolve(ReportWriter.REPORT_HTML);
  }

  private String dumpDom(Path html) throws Exception {
    return run(List.of("--dump-dom", html.toUri().toString()));
  }

  private String run(List<String> args) throws Exception {
    List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--hide-scrollbars",
        "--user-data-dir=" + Files.createTempDirectory(temp, "profile")));
    command.addAll(args);
    Path out = Files.createTempFile(temp, "chromium", ".out");
    Path err = Files.createTempFile(temp, "chromium", ".err");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("chromium did not finish in 120 s: " + command);
    }
    assertThat(process.exitValue()).as("chromium exit status; stderr: %s",
        Files.readString(err, StandardCharsets.UTF_8)).isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private static List<Integer> frontTableTrialIds(String dom) {
    int start = dom.indexOf("<table id=\"front-table\"");
    assertThat(start).as("front table in the DOM").isNotNegative();
    String table = dom.substring(start, dom.indexOf("</table>", start));
    List<Integer> ids = new ArrayList<>();
    Matcher m = Pattern.compile("<tr data-trial=\"(\\d+)\">").matcher(table);
    while (m.find()) {
      ids.add(Integer.parseInt(m.group(1)));
    }
    return ids;
  }

  private static int countMatches(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static int distinctColours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        colours.add(image.getRGB(x, y));
      }
    }
    return colours.size();
  }
}
