package org.greenautoml.cluster;

/** What a trial's lost attempts cost before the one that runs now. Confined to one trial. */
final class LostAttempts {

  double chargedKgCO2e;
  String notes = "";

  void lose(MemberView member, double kgCO2e, String why) {
    chargedKgCO2e += kgCO2e;
    notes += (notes.isEmpty() ? "" : "; ") + member.address() + " (" + why + ", charged "
        + kgCO2e + " kg CO2e)";
  }
}
