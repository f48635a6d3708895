package org.greenautoml.cluster;

import org.greenautoml.MemberAddress;
import org.greenautoml.ClusterSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Members of a fresh cluster in this JVM, on loopback only: the first binds from a port upward
 * and the others join it, so the test never depends on which ports are free. Closing ends all.
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

  /** Starts one member per region code, one thread each. */
  public static TestCluster start(String... regions) {
    TestCluster cluster = new TestCluster();
    try {
      for (String region : regions) {
        cluster.add(region, 1);
      }
    } catch (RuntimeException e) {
      cluster.close();
      throw e;
    }
    return cluster;
  }

  /** Starts one more member. */
  public ClusterMember add(String region, int threads) {
    MemberSettings settings = MemberSettings.defaults(name)
        .withBind(new MemberAddress("127.0.0.1", 5901))
        .withRegion(region)
        .withThreads(threads);
    if (!members.isEmpty()) {
      settings = settings.withMembers(List.of(members.get(0).address()));
    }
    ClusterMember member = ClusterMember.start(settings);
    members.add(member);
    return member;
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
    members.forEach(ClusterMember::close);
  }
}
