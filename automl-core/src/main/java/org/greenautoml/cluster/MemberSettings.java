package org.greenautoml.cluster;

import org.greenautoml.MemberAddress;
import org.greenautoml.ClusterSettings;
import static java.util.Objects.requireNonNull;

import java.util.List;
import org.greenautoml.energy.carbon.CarbonIntensity;
import org.greenautoml.energy.carbon.CarbonRegions;

/**
 * How a cluster member runs: its cluster, where it binds, whom it joins, and where its energy is
 * spent (region and PUE: the driver converts the member's joules at this intensity).
 *
 * @param cluster the cluster name
 * @param bind the address to bind (the port is the first tried; the next free one upward is taken)
 * @param members the members to join over TCP-IP (itself may be among them); nobody else is found
 * @param region the member's carbon region code (ISO country, {@code WORLD}, or provider:region)
 * @param pue the member's power usage effectiveness, at least 1
 * @param threads how many trials the member runs at once, at least 1
 */
public record MemberSettings(
    String cluster,
    MemberAddress bind,
    List<MemberAddress> members,
    String region,
    double pue,
    int threads) {

  /** Validates and copies; the region must be known. */
  public MemberSettings {
    ClusterSettings.of(requireNonNull(cluster, "cluster"), List.of(MemberAddress.DEFAULT));
    requireNonNull(bind, "bind");
    members = List.copyOf(requireNonNull(members, "members"));
    requireNonNull(region, "region");
    CarbonRegions.bundled().lookup(region);
    if (!(pue >= 1) || Double.isInfinite(pue)) {
      throw new IllegalArgumentException("member PUE must be finite and at least 1, found " + pue);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("member threads must be at least 1, found " + threads);
    }
  }

  /** A member of {@code cluster} on loopback port 5701, world-average region, PUE 1, one thread. */
  public static MemberSettings defaults(String cluster) {
    return new MemberSettings(cluster, MemberAddress.DEFAULT, List.of(), "WORLD", 1.0, 1);
  }

  /** The member's carbon intensity. */
  CarbonIntensity intensity() {
    return CarbonRegions.bundled().lookup(region);
  }

  /** A copy bound to {@code address}. */
  public MemberSettings withBind(MemberAddress address) {
    return new MemberSettings(cluster, address, members, region, pue, threads);
  }

  /** A copy joining {@code addresses}. */
  public MemberSettings withMembers(List<MemberAddress> addresses) {
    return new MemberSettings(cluster, bind, addresses, region, pue, threads);
  }

  /** A copy in {@code code}'s region. */
  public MemberSettings withRegion(String code) {
    return new MemberSettings(cluster, bind, members, code, pue, threads);
  }

  /** A copy running {@code count} trials at once. */
  public MemberSettings withThreads(int count) {
    return new MemberSettings(cluster, bind, members, region, pue, count);
  }
}
