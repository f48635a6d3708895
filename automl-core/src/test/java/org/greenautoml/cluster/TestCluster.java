package org.greenautoml.cluster;

import org.greenautoml.MemberAddress;
import org.greenautoml.ClusterSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Members of a fresh cluster in this JVM, on loopback only: the first binds from a port upward
 * and the others join it (at the same time), so the test never depends on which ports are free.
 * Closing ends all at once, as a crash would: a graceful leave migrates the partitions to the
 * members still there, about a second per member, for a cluster that is going away (the worker
 * command's graceful stop is what {@link ClusterMember#close()} does).
 */
public final class TestCluster implements AutoCloseable {

  /** Held so that the level stays: Hazelcast's INFO lines drown the test output. */
  private static final java.util.logging.Logger HAZELCAST_LOG = quiet();

  private final String name = "test-" + UUID.randomUUID().toString().substring(0, 8);
  private final List<ClusterMember> members = new ArrayList<>();

  private static java.util.logging.Logger quiet() {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger("com.hazelcast");
    logger.setLevel(java.util.logging.Level.WARNING);
    return logger;
  }

  /** Starts one member per region code, one thread each; all but the first join in parallel. */
  public static TestCluster start(String... regions) {
    TestCluster cluster = new TestCluster();
    try {
      cluster.add(regions[0], 1);
      List<java.util.concurrent.CompletableFuture<ClusterMember>> joining = new ArrayList<>();
      for (int i = 1; i < regions.length; i++) {
        String region = regions[i];
        joining.add(java.util.concurrent.CompletableFuture.supplyAsync(
            () -> cluster.member(region, 1, List.of(cluster.members.get(0).address()))));
      }
      RuntimeException failed = null;
      for (java.util.concurrent.CompletableFuture<ClusterMember> member : joining) {
        try {
          cluster.members.add(member.join());
        } catch (RuntimeException e) {
          failed = e;
        }
      }
      if (failed != null) {
        throw failed;
      }
    } catch (RuntimeException e) {
      cluster.close();
      throw e;
    }
    return cluster;
  }

  /** Starts one more member. */
  public ClusterMember add(String region, int threads) {
    ClusterMember member = member(region, threads,
        members.isEmpty() ? List.of() : List.of(members.get(0).address()));
    members.add(member);
    return member;
  }

  private ClusterMember member(String region, int threads, List<MemberAddress> join) {
    MemberSettings settings = MemberSettings.defaults(name)
        .withBind(new MemberAddress("127.0.0.1", 5901))
        .withRegion(region)
        .withThreads(threads);
    if (!join.isEmpty()) {
      settings = settings.withMembers(join);
    }
    return ClusterMember.start(settings);
  }

  /** The members, in start order. */
  public List<ClusterMember> members() {
    return List.copyOf(members);
  }

  /** Settings for a driver of this cluster. */
  public ClusterSettings settings() {
    return ClusterSettings.of(name, members.stream().map(ClusterMember::address).toList());
  }

  /** Ends {@code member} abruptly, as a crash would. */
  public static void crash(ClusterMember member) {
    member.crash();
  }

  @Override
  public void close() {
    members.forEach(ClusterMember::crash);
  }
}
