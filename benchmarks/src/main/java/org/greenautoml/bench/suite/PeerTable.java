package org.greenautoml.bench.suite;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The engine's default {@code fit} beside the Python peers, per dataset (median over seeds), as
 * Markdown and CSV, with the goal lines of issue 18: the engine's test accuracy at least the best
 * peer's minus 0.5 pp while its whole-process CPU is at most half the cheapest peer's (stretch: at
 * least the best peer at a quarter of the CPU).
 *
 * <p>A peer's accuracy is the median over the seeds where it left a model; its CPU the median over
 * all its seeds. A peer stopped at a CPU limit is marked: its CPU is a lower bound of what the
 * full search costs. "Cheapest peer" is the cheapest that left a model.
 */
final class PeerTable {

  /** The peers of {@code scripts/peers.py}, in table order; others follow in file order. */
  static final List<String> PEER_ORDER =
      List.of("nsga2", "tpe-hyperband", "halving-random", "grid");

  /** Accuracy slack of the goal, in percentage points. */
  static final double SLACK_PP = 0.5;

  private final List<PeerRun> runs;
  private final List<String> datasets;
  private final List<String> peers;

  /** A table of {@code runs}; {@code datasets} come first (as "not run" if absent), others after. */
  PeerTable(List<PeerRun> runs, List<String> datasets) {
    this.runs = List.copyOf(runs);
    Set<String> d = new LinkedHashSet<>(datasets);
    Set<String> p = new LinkedHashSet<>();
    runs.forEach(r -> {
      d.add(r.dataset());
      if (!r.peer().equals(PeerRun.ENGINE)) {
        p.add(r.peer());
      }
    });
    this.datasets = List.copyOf(d);
    List<String> ordered = new ArrayList<>(PEER_ORDER);
    ordered.retainAll(p);
    p.stream().filter(name -> !PEER_ORDER.contains(name)).forEach(ordered::add);
    this.peers = List.copyOf(ordered);
  }

  /** Per dataset: the engine's and each peer's median accuracy and CPU, and the two goals. */
  record Line(String dataset, Cell engine, List<Cell> peers, double bestPeerAccuracy,
      double cheapestPeerCpu) {

    Optional<Boolean> accuracyGoal(double slackPp) {
      return compare(() -> 100 * engine.accuracy() >= 100 * bestPeerAccuracy - slackPp);
    }

    Optional<Boolean> cpuGoal(double fraction) {
      return compare(() -> engine.cpu() <= fraction * cheapestPeerCpu);
    }

    private Optional<Boolean> compare(java.util.function.BooleanSupplier goal) {
      return engine.seeds() == 0 || Double.isNaN(bestPeerAccuracy) || Double.isNaN(engine.accuracy())
          ? Optional.empty() : Optional.of(goal.getAsBoolean());
    }
  }

  /** One method on one dataset: medians over seeds, seeds with a model, seeds stopped at a limit. */
  record Cell(String peer, double accuracy, double cpu, int seeds, int withModel, int limited) {}

  List<Line> lines() {
    List<Line> lines = new ArrayList<>();
    for (String d : datasets) {
      Cell engine = cell(d, PeerRun.ENGINE);
      List<Cell> cells = peers.stream().map(p -> cell(d, p)).toList();
      double best = cells.stream().mapToDouble(Cell::accuracy).filter(a -> !Double.isNaN(a))
          .max().orElse(Double.NaN);
      double cheapest = cells.stream().filter(c -> c.withModel() > 0).mapToDouble(Cell::cpu)
          .min().orElse(Double.NaN);
      lines.add(new Line(d, engine, cells, best, cheapest));
    }
    return lines;
  }

  private Cell cell(String dataset, String peer) {
    List<PeerRun> of = runs.stream()
        .filter(r -> r.dataset().equals(dataset) && r.peer().equals(peer)).toList();
    return new Cell(peer, Spread.of(of, PeerRun::testAccuracy).median(),
        Spread.of(of, PeerRun::cpuSeconds).median(), of.size(),
        (int) of.stream().filter(PeerRun::hasModel).count(),
        (int) of.stream().filter(r -> !r.status().equals("ok")).count());
  }

  String markdown() {
    StringBuilder out = new StringBuilder("| dataset | greenautoml fit: test acc, CPU s |");
    peers.forEach(p -> out.append(' ').append(p).append(" |"));
    out.append(" best peer acc | cheapest peer CPU s | acc >= best - 0.5 pp | CPU <= 1/2 cheapest |\n");
    out.append("|---".repeat(6 + peers.size())).append("|\n");
    for (Line line : lines()) {
      out.append("| ").append(line.dataset()).append(" | ").append(text(line.engine())).append(" |");
      line.peers().forEach(c -> out.append(' ').append(text(c)).append(" |"));
      out.append(String.format(Locale.ROOT, " %s | %s | %s | %s |%n",
          percent(line.bestPeerAccuracy()), seconds(line.cheapestPeerCpu()),
          verdict(line.accuracyGoal(SLACK_PP)), verdict(line.cpuGoal(0.5))));
    }
    return out.toString();
  }

  String csv() {
    StringBuilder out = new StringBuilder(
        "dataset,method,seeds,seeds_with_model,seeds_at_cpu_limit,median_test_accuracy,median_cpu_seconds\n");
    for (Line line : lines()) {
      List<Cell> cells = new ArrayList<>(line.peers());
      cells.add(0, line.engine());
      for (Cell c : cells) {
        out.append(String.format(Locale.ROOT, "%s,%s,%d,%d,%d,%s,%s%n", line.dataset(), c.peer(),
            c.seeds(), c.withModel(), c.limited(), number(c.accuracy()), number(c.cpu())));
      }
    }
    return out.toString();
  }

  /** The goal lines: how many datasets meet each goal, of those where it could be judged. */
  List<String> goals() {
    List<Line> lines = lines();
    List<String> out = new ArrayList<>();
    out.add(goal(lines, "Accuracy: engine's test accuracy >= best peer's - 0.5 pp (median over seeds)",
        l -> l.accuracyGoal(SLACK_PP)));
    out.add(goal(lines, "CPU: engine's whole-process CPU <= 1/2 the cheapest peer's",
        l -> l.cpuGoal(0.5)));
    out.add(goal(lines, "Both at once (the goal of issue 18)",
        l -> l.accuracyGoal(SLACK_PP).flatMap(a -> l.cpuGoal(0.5).map(c -> a && c))));
    out.add(goal(lines, "Stretch: accuracy >= best peer's at <= 1/4 of the cheapest peer's CPU",
        l -> l.accuracyGoal(0).flatMap(a -> l.cpuGoal(0.25).map(c -> a && c))));
    return out;
  }

  private static String goal(List<Line> lines,
      String what, java.util.function.Function<Line, Optional<Boolean>> goal) {
    List<String> met = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    for (Line line : lines) {
      goal.apply(line).ifPresent(ok -> (ok ? met : missed).add(line.dataset()));
    }
    int judged = met.size() + missed.size();
    return String.format(Locale.ROOT, "- %s: met on %d of %d datasets judged (of %d)%s%s", what,
        met.size(), judged, lines.size(), met.isEmpty() ? "" : "; met: " + String.join(", ", met),
        missed.isEmpty() ? "" : "; missed: " + String.join(", ", missed));
  }

  private static String text(Cell c) {
    if (c.seeds() == 0) {
      return "not run";
    }
    String limited = c.limited() > 0 ? " (" + c.limited() + " at CPU limit)" : "";
    return c.withModel() == 0
        ? "no model, " + seconds(c.cpu()) + " s" + limited
        : percent(c.accuracy()) + ", " + seconds(c.cpu()) + " s" + limited;
  }

  private static String verdict(Optional<Boolean> goal) {
    return goal.map(ok -> ok ? "yes" : "no").orElse("-");
  }

  private static String percent(double accuracy) {
    return Double.isNaN(accuracy) ? "-" : String.format(Locale.ROOT, "%.2f %%", 100 * accuracy);
  }

  private static String seconds(double cpu) {
    return Double.isNaN(cpu) ? "-" : String.format(Locale.ROOT, "%.1f", cpu);
  }

  private static String number(double value) {
    return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.6g", value);
  }
}
