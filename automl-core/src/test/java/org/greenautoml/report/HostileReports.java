package org.greenautoml.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greenautoml.search.schedule.TrialStatus;

/** Reports whose every string from the data tries to break out of HTML, attributes or SVG. */
final class HostileReports {

  /** Would retitle the page if it ran. */
  static final String SCRIPT = "<script>document.title='pwned'</script>";
  static final String ALERT = "<script>alert(1)</script>";
  static final String SVG_BREAK = "</svg><script>document.title='pwned'</script>";
  static final String ATTRIBUTE_BREAK = "\" onmouseover=\"document.title='pwned'\" x=\"";
  static final String IMG = "'><img src=x onerror=\"document.title='pwned'\">";
  static final String AMP = "R&D \"quoted\" & 'single'";

  static final List<String> ALL = List.of(SCRIPT, ALERT, SVG_BREAK, ATTRIBUTE_BREAK, IMG, AMP);

  private HostileReports() {}

  static RunReport report() {
    RunReport base = SyntheticReports.run(7);
    List<TrialRow> trials = new ArrayList<>();
    for (TrialRow t : base.trials()) {
      Map<String, Object> config = new LinkedHashMap<>(t.configuration());
      config.put(IMG, SVG_BREAK);
      config.put("label", ATTRIBUTE_BREAK);
      String family = t.id() % 2 == 0 ? SCRIPT : t.family() + AMP;
      String reason = t.status() == TrialStatus.FAILED ? ALERT + IMG : t.failureReason();
      trials.add(SyntheticReports.renamed(t, family, config, reason));
    }
    List<RegionEmission> regions = List.of(
        new RegionEmission(SCRIPT, SVG_BREAK, 1.5, IMG, 2023),
        new RegionEmission("FR", AMP, 0.6, ATTRIBUTE_BREAK, 2023));
    org.greenautoml.Provenance p = SyntheticReports.provenance(ALERT + " " + AMP);
    return SyntheticReports.withFront(trials, p, regions);
  }
}
