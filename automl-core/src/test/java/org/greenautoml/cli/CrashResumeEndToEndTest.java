package org.greenautoml.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash and resume, end to end (issue 11): the real command line runs as a child JVM on credit-g,
 * is killed with SIGKILL ({@link Process#destroyForcibly()} on Linux) at {@value #KILLS} seeded
 * random moments during the search, and is resumed with {@code --resume} each time until the
 * search ends. The run is made repeatable with one worker, {@code --objectives accuracy} (ranking
 * on measured energy is not repeatable) and {@code --max-trials}, under a budget it does not reach.
 *
 * <p>Checked against an uninterrupted run with the same seed: the same trials (ids, families,
 * configurations, rungs, statuses), the same front (ids, configurations, validation accuracy);
 * each trial id has exactly one finished-or-failed event in the journal; everything the journal
 * held at each kill is still there at the end; and the energy charged adds up: the final ledger
 * (report.json {@code spent_kg_co2e}) is the finished and failed trials' costs, plus the
 * reservation of every attempt a kill interrupted, plus the overhead (energy outside trials) that
 * every process, killed ones included, journalled, to a relative 1e-9 (floating-point sums), and
 * it stays within the budget. Killed processes must have journalled overhead of their own: before
 * overhead events existed, a kill lost everything a process spent outside its trials.
 */
final class CrashResumeEndToEndTest {

  static final int KILLS = 12;
  static final int MAX_TRIALS = 48;
  static final String BUDGET_G = "1";
  static final long SEED = 20_241_123L;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;

  @Test
  @Timeout(value = 8, unit = TimeUnit.MINUTES)
  void fit_sigkilledRepeatedlyAndResumed_matchesTheUninterruptedRun() throws Exception {
    Path data = sharedDataset("credit-g.csv");
    Path baseline = temp.resolve("baseline");
    Process whole = start(data, baseline, false, temp.resolve("baseline.log"));
    assertThat(whole.waitFor(5, TimeUnit.MINUTES)).as("baseline finished in time").isTrue();
    assertThat(whole.exitValue()).as(Files.readString(temp.resolve("baseline.log"))).isZero();

    Path killed = temp.resolve("killed");
    Random random = new Random(SEED);
    List<List<String>> atKill = new ArrayList<>();
    int launches = 0;
    int status = -1;
    while (status != 0) {
      assertThat(launches).as("launches").isLessThan(KILLS + 10);
      Path log = temp.resolve("run-" + launches + ".log");
      Process child = start(data, killed, launches++ > 0, log);
      if (atKill.size() < KILLS && killDuringSearch(child, killed.resolve("journal.jsonl"),
          random)) {
        atKill.add(completeLines(killed.resolve("journal.jsonl")));
        continue;
      }
      assertThat(child.waitFor(5, TimeUnit.MINUTES)).as("resumed run finished").isTrue();
      status = child.exitValue();
      assertThat(status).as(Files.readString(log)).isZero();
    }

    assertThat(atKill).as("kills that landed during the search").hasSize(KILLS);
    JsonNode expected = JSON.readTree(baseline.resolve("report.json").toFile());
    JsonNode actual = JSON.readTree(killed.resolve("report.json").toFile());
    assertThat(actual.get("front_trial_ids")).isEqualTo(expected.get("front_trial_ids"));
    assertThat(trials(actual, true)).isEqualTo(trials(expected, true));
    assertThat(trials(actual, false)).isEqualTo(trials(expected, false));

    List<String> journal = completeLines(killed.resolve("journal.jsonl"));
    for (List<String> snapshot : atKill) {
      assertThat(journal.subList(0, snapshot.size())).as("journal kept what it held at a kill")
          .isEqualTo(snapshot);
    }
    Charges charges = Charges.of(journal);
    assertThat(charges.endsPerTrial().values()).as("finished/failed events per trial id")
        .isNotEmpty().allMatch(n -> n == 1);
    assertThat(charges.endsPerTrial()).hasSize(MAX_TRIALS);
    long interruptedAtKill = atKill.stream().filter(s -> Charges.of(s).openStarts() > 0).count();
    assertThat(charges.interruptedAttempts()).as("attempts cut short by a kill")
        .isEqualTo(interruptedAtKill);

    JsonNode budget = actual.get("budget");
    double kgPerKWh = actual.get("energy").get("intensity_g_co2e_per_kwh").doubleValue() / 1000
        * actual.get("energy").get("pue").doubleValue();
    double overheadKg = budget.get("overhead_kwh").doubleValue() * kgPerKWh;
    double spentKg = budget.get("spent_kg_co2e").doubleValue();
    assertThat(spentKg).isCloseTo(charges.trialsKg() + charges.interruptedKg() + overheadKg,
        within(1e-9 * spentKg));
    assertThat(charges.overheadKg()).as("overhead journalled by all processes")
        .isCloseTo(overheadKg, within(1e-9 * spentKg));
    double killedOverheadKg = Charges.of(atKill.get(atKill.size() - 1)).overheadKg();
    long killsWithOverhead = killedSessionsWithOverhead(atKill);
    assertThat(killedOverheadKg).as("overhead journalled before the last kill").isPositive();
    assertThat(killsWithOverhead).as("killed processes that journalled overhead")
        .isGreaterThanOrEqualTo(KILLS / 2);
    assertThat((budget.get("spent_kwh").doubleValue() - budget.get("overhead_kwh").doubleValue())
        * kgPerKWh).isCloseTo(charges.trialsKg(), within(1e-9 * spentKg));
    assertThat(spentKg).isLessThanOrEqualTo(Double.parseDouble(BUDGET_G) / 1000);
    assertThat(budget.get("stop_reason").textValue()).isEqualTo("trial limit reached");
    System.out.printf("crash-resume: %d kills (%d during a trial), %d launches, %d journal"
        + " lines; charged %.4g g CO2e = trials %.4g + interrupted %.4g + overhead %.4g (of it"
        + " %.4g journalled by killed processes, %d of which journalled some)%n",
        atKill.size(), interruptedAtKill, launches, journal.size(), spentKg * 1000,
        charges.trialsKg() * 1000, charges.interruptedKg() * 1000, overheadKg * 1000,
        killedOverheadKg * 1000, killsWithOverhead);
  }

  /** How many killed processes added overhead to the journal between their start and the kill. */
  private static long killedSessionsWithOverhead(List<List<String>> atKill) {
    long sessions = 0;
    double before = 0;
    for (List<String> snapshot : atKill) {
      double after = Charges.of(snapshot).overheadKg();
      sessions += after > before ? 1 : 0;
      before = after;
    }
    return sessions;
  }

  /**
   * Waits until the journal has gained 1 to 6 more lines (seeded), then 0-250 ms more, and kills
   * the child with SIGKILL. Returns false if the child ended by itself first.
   */
  private static boolean killDuringSearch(Process child, Path journal, Random random)
      throws Exception {
    long target = completeLines(journal).size() + 1 + random.nextInt(6);
    long pauseMillis = random.nextInt(250);
    while (child.isAlive() && completeLines(journal).size() < target) {
      Thread.sleep(10);
    }
    Thread.sleep(pauseMillis);
    if (!child.isAlive()) {
      return false;
    }
    child.destroyForcibly();
    assertThat(child.waitFor(1, TimeUnit.MINUTES)).as("killed child ended").isTrue();
    return true;
  }

  private Process start(Path data, Path out, boolean resume, Path log) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", shortClassPath(), GreenAutoMLCli.class.getName(),
        "fit", "--data", data.toString(), "--target", "class", "--budget-g", BUDGET_G,
        "--seed", "7", "--workers", "1", "--objectives", "accuracy",
        "--max-trials", Integer.toString(MAX_TRIALS), "--out", out.toString(),
        // the refits after the search are charged as kg-only overhead events, which the identity
        // below (trials + interrupted + overhead kWh) does not split out
        "--no-refit"));
    if (resume) {
      command.add("--resume");
    }
    return new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
  }

  /**
   * This JVM's class path, as one manifest-only jar when it is long: onnxruntime's native start-up
   * crashes when a system property (java.class.path included) is about 4,000 characters or more.
   */
  private String shortClassPath() throws IOException {
    String classPath = System.getProperty("java.class.path");
    if (classPath.length() < 1000) {
      return classPath;
    }
    Path jar = temp.resolve("classpath.jar");
    if (!Files.exists(jar)) {
      Manifest manifest = new Manifest();
      manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
      manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH,
          Stream.of(classPath.split(File.pathSeparator)).filter(s -> !s.isEmpty())
              .map(s -> Path.of(s).toAbsolutePath().toUri().toString())
              .collect(Collectors.joining(" ")));
      try (OutputStream file = Files.newOutputStream(jar);
          JarOutputStream out = new JarOutputStream(file, manifest)) {
        out.flush();
      }
    }
    return jar.toString();
  }

  private static Path sharedDataset(String name) {
    String shared = System.getProperty("greenautoml.shared");
    assertThat(shared).as("system property greenautoml.shared").isNotNull();
    Path file = Path.of(shared, "datasets", name);
    assertThat(file).isRegularFile();
    return file;
  }

  /** The journal's complete lines (a torn last line, without its newline, is left out). */
  private static List<String> completeLines(Path journal) throws IOException {
    if (!Files.exists(journal)) {
      return List.of();
    }
    String text = new String(Files.readAllBytes(journal), StandardCharsets.UTF_8);
    int end = text.lastIndexOf('\n');
    return end < 0 ? List.of() : List.of(text.substring(0, end).split("\n", -1));
  }

  /** The report's trials (or only its front) as comparable rows, in id order. */
  private static List<String> trials(JsonNode report, boolean frontOnly) {
    List<String> rows = new ArrayList<>();
    for (JsonNode t : report.get("trials")) {
      if (!frontOnly) {
        rows.add(t.get("id") + " " + t.get("family") + " " + t.get("configuration") + " rung "
            + t.get("rung") + " " + t.get("status"));
      } else if (t.get("on_front").booleanValue()) {
        rows.add(t.get("id") + " " + t.get("configuration") + " accuracy "
            + t.get("validation_accuracy"));
      }
    }
    rows.sort(null);
    return rows;
  }

  /**
   * What a journal charges: the cost of every finished or failed trial, the reservation of every
   * start that no end follows before the same trial starts again (an attempt a kill interrupted;
   * the resumed search charges its reservation, as JournalReplay documents), and the overhead
   * events.
   */
  record Charges(Map<Integer, Integer> endsPerTrial, double trialsKg, int interruptedAttempts,
      double interruptedKg, int openStarts, double overheadKg) {

    static Charges of(List<String> lines) {
      Map<Integer, Integer> ends = new LinkedHashMap<>();
      Map<Integer, Double> open = new HashMap<>();
      double trialsKg = 0;
      double interruptedKg = 0;
      double overheadKg = 0;
      int interrupted = 0;
      for (String line : lines) {
        JsonNode event = read(line);
        String type = event.get("event").textValue();
        if (type.equals("trial_started")) {
          Double before = open.put(event.get("trial").get("id").intValue(),
              event.get("reservedKgCO2e").doubleValue());
          if (before != null) {
            interrupted++;
            interruptedKg += before;
          }
        } else if (type.equals("trial_finished") || type.equals("trial_failed")) {
          int id = event.get("trial").get("id").intValue();
          open.remove(id);
          ends.merge(id, 1, Integer::sum);
          trialsKg += event.get("costKgCO2e").doubleValue();
        } else if (type.equals("overhead")) {
          overheadKg += event.get("kgCO2e").doubleValue();
        }
      }
      return new Charges(ends, trialsKg, interrupted, interruptedKg, open.size(), overheadKg);
    }

    private static JsonNode read(String line) {
      try {
        return JSON.readTree(line);
      } catch (IOException e) {
        throw new AssertionError("journal line is not JSON: " + line, e);
      }
    }
  }
}
