package org.greenautoml;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;

/**
 * Where a driver sends its trials: the cluster's name and the members it connects to. The driver
 * joins as a Hazelcast client; trials run on the members (started with {@code greenautoml worker
 * --cluster NAME}), the scheduler, ledger, journal and report stay in the driver.
 *
 * @param name the cluster name the members were started with
 * @param members addresses of members to connect to (one that answers is enough)
 * @param connectTimeout how long to wait for the cluster before giving up
 */
public record ClusterSettings(String name, List<MemberAddress> members, Duration connectTimeout) {

  /** Validates and copies. */
  public ClusterSettings {
    requireNonNull(name, "name");
    if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
      throw new IllegalArgumentException("cluster name must be 1-64 letters, digits, '.', '_' or"
          + " '-', starting with a letter or digit, found \"" + name + "\"");
    }
    members = List.copyOf(requireNonNull(members, "members"));
    if (members.isEmpty()) {
      throw new IllegalArgumentException("cluster members must name at least one address");
    }
    requireNonNull(connectTimeout, "connectTimeout");
    if (connectTimeout.isNegative() || connectTimeout.isZero()) {
      throw new IllegalArgumentException(
          "cluster connect timeout must be positive, found " + connectTimeout);
    }
  }

  /** Settings with a 20-second connect timeout. */
  public static ClusterSettings of(String name, List<MemberAddress> members) {
    return new ClusterSettings(name, members, Duration.ofSeconds(20));
  }

  /** Settings from a comma-separated {@code HOST:PORT} list. */
  public static ClusterSettings of(String name, String members) {
    return of(name, MemberAddress.parseList(members));
  }
}
