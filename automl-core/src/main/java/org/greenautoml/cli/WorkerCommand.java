package org.greenautoml.cli;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.greenautoml.cluster.ClusterMember;
import org.greenautoml.MemberAddress;
import org.greenautoml.cluster.MemberSettings;
import org.greenautoml.energy.carbon.Pue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code greenautoml worker}: a Hazelcast cluster member that runs the trials of drivers started
 * with {@code fit --cluster}. Prints {@code worker ready: NAME at HOST:PORT} once it has joined,
 * and stops cleanly on SIGTERM or Ctrl-C (running trials are stopped, the cluster is left
 * gracefully).
 */
@Command(name = "worker",
    description = "Run trials for 'fit --cluster' drivers as a member of a Hazelcast cluster. Binds"
        + " to loopback unless told otherwise; Hazelcast's open-source edition has no"
        + " authentication, so a cluster across hosts belongs on a private network.")
final class WorkerCommand extends CliCommand {

  /** The ports a worker without --members looks for others on, on its own host. */
  private static final int[] NEIGHBOUR_PORTS = {5701, 5709};

  @Mixin
  SiteOptions site;

  @Option(names = "--bind", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:5701",
      description = "Address to bind (default: ${DEFAULT-VALUE}; the next free port upward is"
          + " taken when it is busy).")
  String bind;

  @Option(names = "--threads", paramLabel = "N",
      description = "Trials run at once (default: one per core).")
  Integer threads;

  @Override
  int run() throws InterruptedException {
    MemberSettings settings = settings();
    ClusterMember member = ClusterMember.start(settings);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      member.close();
      out().println("worker stopped: " + site.cluster + " at " + member.address());
      out().flush();
      stopped.countDown();
    }, "greenautoml-worker-stop"));
    out().println("worker ready: " + site.cluster + " at " + member.address());
    out().flush();
    while (member.isRunning() && !stopped.await(1, TimeUnit.SECONDS)) {
      // serve until a signal or the cluster ends the member
    }
    return 0;
  }

  private static List<MemberAddress> neighbours(MemberAddress bind) {
    return java.util.stream.IntStream.rangeClosed(NEIGHBOUR_PORTS[0], NEIGHBOUR_PORTS[1])
        .mapToObj(port -> new MemberAddress(bind.host(), port)).toList();
  }

  private MemberSettings settings() {
    try {
      if (site.cluster == null) {
        throw new UserError("worker needs --cluster NAME, the cluster to join");
      }
      MemberAddress address = MemberAddress.parse(bind);
      return new MemberSettings(site.cluster, address,
          site.givenMembers().orElseGet(() -> neighbours(address)), site.region,
          site.givenPue().map(Pue::value).orElse(1.0),
          threads == null ? Runtime.getRuntime().availableProcessors() : threads);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
  }
}
