package org.greenautoml.cluster;

import java.util.ArrayList;
import java.util.List;
import org.greenautoml.trial.LostAttempt;

/** What a trial's lost attempts cost before the one that runs now. Confined to one trial. */
final class LostAttempts {

  double chargedKgCO2e;
  final List<LostAttempt> attempts = new ArrayList<>();

  void lose(MemberView member, double kgCO2e, String why) {
    chargedKgCO2e += kgCO2e;
    attempts.add(new LostAttempt(member.address(), kgCO2e, why));
  }

  /** The attempts in one line, for logs and failure reasons; empty when none. */
  String notes() {
    return attempts.stream().map(LostAttempt::toString)
        .collect(java.util.stream.Collectors.joining("; "));
  }
}
