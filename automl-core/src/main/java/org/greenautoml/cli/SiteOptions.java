package org.greenautoml.cli;

import java.util.List;
import java.util.Optional;
import org.greenautoml.MemberAddress;
import org.greenautoml.energy.carbon.Pue;
import picocli.CommandLine.Option;

/**
 * Where a command's energy is spent and which cluster it belongs to: {@code --region}, {@code
 * --pue}, {@code --cluster} and {@code --members}, the options {@code fit} and {@code worker}
 * share. A picocli mixin; each command checks what it requires ({@code worker} needs a cluster,
 * {@code fit} takes both cluster options or neither).
 */
final class SiteOptions {

  @Option(names = "--region", paramLabel = "CODE", defaultValue = "WORLD",
      description = "Grid region where the energy is spent: ISO country code, WORLD or"
          + " provider:region (default: ${DEFAULT-VALUE}).")
  String region;

  @Option(names = "--pue", paramLabel = "X",
      description = "Power usage effectiveness there, >= 1 (default: 1, your own machine).")
  Double pue;

  @Option(names = "--cluster", paramLabel = "NAME",
      description = "The Hazelcast cluster's name: fit runs its trials on it (members started"
          + " with 'greenautoml worker --cluster NAME'); a worker joins it.")
  String cluster;

  @Option(names = "--members", paramLabel = "HOST:PORT,...",
      description = "Members of --cluster to connect to over TCP-IP (a worker's default: ports"
          + " 5701-5709 of its --bind host).")
  String members;

  /** The PUE given with {@code --pue}, checked. */
  Optional<Pue> givenPue() {
    if (pue == null) {
      return Optional.empty();
    }
    if (!(pue >= 1) || pue.isInfinite()) {
      throw new UserError("--pue must be a finite number >= 1, found " + pue);
    }
    return Optional.of(new Pue(pue, "given with --pue"));
  }

  /** The members given with {@code --members}, parsed; empty when none were given. */
  Optional<List<MemberAddress>> givenMembers() {
    try {
      return members == null ? Optional.empty() : Optional.of(MemberAddress.parseList(members));
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
  }
}
