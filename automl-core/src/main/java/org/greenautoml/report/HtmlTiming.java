package org.greenautoml.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.greenautoml.energy.carbon.TimeSpan;

/** The report page's carbon-aware timing section: the saving in words and the intensity chart. */
final class HtmlTiming {

  private HtmlTiming() {}

  /**
   * The section.
   *
   * @param timing the timing
   * @param familyOf each trial's family, by id
   * @param colours each family's colour, in legend order
   */
  static String section(TimingReport timing, Map<Integer, String> familyOf,
      Map<String, String> colours) {
    StringBuilder html = new StringBuilder();
    html.append("<h2>Carbon-aware timing</h2>\n<p class=\"note\">Each trial was charged at the"
        + " carbon intensity of the time it ran, from <code>")
        .append(Html.escape(timing.seriesSource())).append("</code>");
    timing.replayStartAt().ifPresent(t -> html.append(" (a replay: the search ran as if it"
        + " started at ").append(Html.escape(t.toString())).append(")"));
    html.append(". ");
    timing.pauseAboveGramsPerKWh().ifPresent(g -> html.append("No trial started above ")
        .append(Figures.sig(g)).append(" gCO2e/kWh. "));
    timing.finishBy().ifPresent(d -> html.append("Trials ran in the cleanest hours before ")
        .append(Html.escape(d.toString())).append(". "));
    html.append("The search waited ").append(Html.escape(words(timing.waited())))
        .append(" and emitted ").append(Figures.sig(timing.emittedGrams()))
        .append(" g CO2e; the same measured energy run at once from its start would have emitted ")
        .append(Figures.sig(timing.atOnceGrams())).append(" g, so the timing ")
        .append(timing.savedGrams() >= 0 ? "saved " : "cost ")
        .append(Figures.sig(Math.abs(timing.savedGrams()))).append(" g CO2e.</p>\n");
    List<SvgIntensityChart.Mark> marks = new ArrayList<>();
    timing.trials().forEach((id, t) -> marks.add(new SvgIntensityChart.Mark(id,
        familyOf.getOrDefault(id, "?"), new TimeSpan(t.startedAt(), t.endedAt()),
        t.gramsPerKWh(), "trial " + id + " (" + familyOf.getOrDefault(id, "?") + ")\n"
            + t.startedAt() + " to " + t.endedAt() + "\n" + Figures.sig(t.gramsPerKWh())
            + " gCO2e/kWh")));
    html.append("<figure><figcaption>Carbon intensity over the search, with its trials"
        + "</figcaption>\n")
        .append(new SvgIntensityChart(timing.window(), marks, timing.waits(),
            timing.pauseAboveGramsPerKWh(), colours).render())
        .append("</figure>\n");
    return html.toString();
  }

  private static String words(java.time.Duration d) {
    long seconds = d.toSeconds();
    if (seconds < 120) {
      return seconds + " s";
    }
    if (seconds < 7200) {
      return (seconds / 60) + " min";
    }
    return Figures.fixed(seconds / 3600.0, 1) + " h";
  }
}
