package org.greenautoml.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
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
import org.greenautoml.report.ReportReader;
import org.greenautoml.report.ReportWriter;
import org.greenautoml.report.RunReport;
import org.junit.jupiter.api.Assumptions;
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
    fail("chromium is not on PATH: install Debian's chromium or run with"
        + " -Dgreenautoml.skipBrowser=true");
  }

  @Test
  void fitReport_inChromium_rendersChartAndFrontTable() throws Exception {
    Path run = DemoRun.directory();
    RunReport report = ReportReader.read(run.resolve(ReportWriter.REPORT_JSON));
    String page = run.resolve(ReportWriter.REPORT_HTML).toUri().toString();

    String dom = chromium(List.of("--dump-dom", page));

    assertThat(dom).contains("<svg").contains("<path class=\"front\" d=\"M");
    assertThat(count(dom, "<circle class=\"pt[^\"]*\" data-trial=")).isPositive();
    assertThat(frontTableIds(dom)).containsExactlyInAnyOrderElementsOf(report.frontTrialIds());

    Path png = Paths.get("target", "cli-browser", "report.png").toAbsolutePath();
    Files.createDirectories(png.getParent());
    Files.deleteIfExists(png);
    chromium(List.of("--screenshot=" + png, "--window-size=1280,1600", page));
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1280);
    assertThat(colours(image)).isGreaterThan(20);
  }

  private String chromium(List<String> args) throws Exception {
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

  private static List<Integer> frontTableIds(String dom) {
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

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static int colours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        colours.add(image.getRGB(x, y));
      }
    }
    return colours.size();
  }
}
