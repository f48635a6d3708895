package org.greenautoml.report;

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
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's {@code chromium} run headless for the browser tests, with the flags this closed network
 * needs, plus what those tests read back from a report page. {@link #locate()} skips the calling
 * test under {@code -Dgreenautoml.skipBrowser=true} and fails it when chromium is not on PATH (CI
 * installs it).
 */
public final class HeadlessChromium {

  private final String executable;

  private HeadlessChromium(String executable) {
    this.executable = executable;
  }

  /** The chromium on PATH. */
  public static HeadlessChromium locate() {
    Assumptions.assumeFalse(Boolean.getBoolean("greenautoml.skipBrowser"),
        "browser test skipped: -Dgreenautoml.skipBrowser=true");
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
        if (!dir.isEmpty() && Files.isExecutable(Paths.get(dir, name))) {
          return new HeadlessChromium(Paths.get(dir, name).toString());
        }
      }
    }
    return fail("chromium is not on PATH: install Debian's chromium (apt-get install chromium) "
        + "or run with -Dgreenautoml.skipBrowser=true");
  }

  /** Runs chromium with {@code args} and a fresh profile under {@code scratch}; its stdout. */
  public String run(Path scratch, List<String> args) throws Exception {
    List<String> command = new ArrayList<>(List.of(executable, "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--hide-scrollbars",
        "--user-data-dir=" + Files.createTempDirectory(scratch, "profile")));
    command.addAll(args);
    Path out = Files.createTempFile(scratch, "chromium", ".out");
    Path err = Files.createTempFile(scratch, "chromium", ".err");
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

  /** The trial ids listed in the rendered front table. */
  public static List<Integer> frontTableIds(String dom) {
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

  /** How often {@code regex} matches in {@code text}. */
  public static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** Distinct colours on a 3-pixel grid of a screenshot: a blank page has one. */
  public static int distinctColours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        colours.add(image.getRGB(x, y));
      }
    }
    return colours.size();
  }
}
