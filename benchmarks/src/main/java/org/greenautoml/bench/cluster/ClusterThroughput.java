package org.greenautoml.bench.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.greenautoml.GreenAutoML;
import org.greenautoml.SearchResult;
import org.greenautoml.TrialRecord;
import org.greenautoml.ClusterSettings;
import org.greenautoml.MemberAddress;
import org.greenautoml.data.TabularData;
import org.greenautoml.data.TabularReader;

/**
 * Trials per second and the fraction of member time spent idle with 1, 2 and 3 member processes
 * ({@code greenautoml worker}, one trial thread each) on this machine, loopback only. Each count
 * gets fresh member JVMs and the same search (fixed seed, a fixed number of trials, generous
 * budget); a member is busy while it runs a trial (the trial's own wall time, measured on the
 * member), idle otherwise, between the search's start and end. Run (after {@code mvn -o -q
 * -pl benchmarks -am package -DskipTests}, with the class path of the benchmarks module in
 * /tmp/cp-bench.txt from {@code mvn -o -q -pl benchmarks dependency:build-classpath
 * -Dmdep.outputFile=/tmp/cp-bench.txt}):
 * {@code java -cp "benchmarks/target/classes:$(cat /tmp/cp-bench.txt)"
 * org.greenautoml.bench.cluster.ClusterThroughput ../shared/datasets/credit-g.csv class 60}
 */
public final class ClusterThroughput {

  private ClusterThroughput() {}

  /** Arguments: the dataset, its target column, and the trials per search (default 60). */
  public static void main(String[] args) throws IOException, InterruptedException {
    TabularData data = TabularReader.builder().target(args[1]).build().read(Path.of(args[0]));
    int trials = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    System.out.printf(Locale.ROOT, "%8s %7s %8s %9s %7s%n", "members", "trials", "wall s",
        "trials/s", "idle");
    for (int members = 1; members <= 3; members++) {
      run(data, members, trials);
    }
  }

  private static void run(TabularData data, int count, int trials)
      throws IOException, InterruptedException {
    String cluster = "bench-" + UUID.randomUUID().toString().substring(0, 6);
    List<Process> processes = new ArrayList<>();
    List<MemberAddress> addresses = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        int port = 6701 + 10 * count + i;
        Process member = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin",
            "java").toString(), "-cp", System.getProperty("java.class.path"),
            "org.greenautoml.cli.GreenAutoMLCli", "worker", "--cluster", cluster,
            "--bind", "127.0.0.1:" + port, "--members", "127.0.0.1:" + (6701 + 10 * count),
            "--threads", "1").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        processes.add(member);
        addresses.add(MemberAddress.parse(awaitReady(member)));
      }
      long start = System.nanoTime();
      SearchResult result = GreenAutoML.builder()
          .cluster(ClusterSettings.of(cluster, addresses))
          .families("cart", "logistic", "naive-bayes").minFidelity(1.0 / 9)
          .maxTrials(trials).seed(1).build().search(data, 1.0);
      double wall = (System.nanoTime() - start) / 1e9;
      double busy = result.trials().stream().flatMap(t -> t.metrics().stream())
          .mapToDouble(m -> m.wallSeconds()).sum();
      System.out.printf(Locale.ROOT, "%8d %7d %8.2f %9.2f %6.1f%%%n", count,
          result.trials().size(), wall, result.trials().size() / wall,
          100 * (1 - busy / (count * wall)));
      long failed = result.trials().stream().filter(t -> !t.succeeded()).count();
      if (failed > 0) {
        System.out.println("  (" + failed + " trials did not succeed: "
            + result.trials().stream().filter(t -> !t.succeeded()).findFirst()
                .map(TrialRecord::failureReason).orElse("") + ")");
      }
    } finally {
      for (Process p : processes) {
        p.destroy();
      }
      for (Process p : processes) {
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      }
    }
  }

  private static String awaitReady(Process member) throws IOException {
    BufferedReader out = new BufferedReader(
        new InputStreamReader(member.getInputStream(), StandardCharsets.UTF_8));
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith("worker ready: ")) {
        return line.substring(line.lastIndexOf(' ') + 1);
      }
    }
    throw new IOException("a member ended before it was ready");
  }
}
