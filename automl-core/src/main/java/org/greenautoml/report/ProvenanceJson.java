package org.greenautoml.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.greenautoml.Provenance;
import org.greenautoml.TestSet;
import org.greenautoml.energy.EnergyMethod;
import org.greenautoml.energy.carbon.CarbonIntensity;
import org.greenautoml.energy.carbon.CarbonRegions;
import org.greenautoml.energy.carbon.Pue;
import org.greenautoml.energy.carbon.UnknownRegionException;

/**
 * The JSON form of a {@link Provenance}, as two objects: {@code provenance} (data, seed, versions,
 * times, scheduler, objectives) and {@code energy} (meter, carbon intensity, PUE). The report
 * ({@code report.json}) and the run facts ({@code run.json}) write the same objects; they differ
 * only in two names, kept so that their files stay as they were ({@link Form}).
 */
final class ProvenanceJson {

  /** Which file's names: the report's or the run facts'. */
  enum Form {
    REPORT("scheduler", "intensity_g_co2e_per_kwh"),
    RUN_FACTS("scheduler_name", "intensity_grams_per_kwh");

    private final String scheduler;
    private final String intensity;

    Form(String scheduler, String intensity) {
      this.scheduler = scheduler;
      this.intensity = intensity;
    }
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ProvenanceJson() {}

  static ObjectNode provenance(Provenance p, Form form) {
    ObjectNode node = NODES.objectNode();
    node.put("seed", p.seed());
    node.put("dataset_name", p.datasetName());
    node.put("data_fingerprint", p.dataFingerprint());
    node.put("rows", p.rows());
    node.put("features", p.features());
    node.put("classes", p.classes());
    node.put("greenautoml_version", p.version("greenautoml"));
    node.put("tribuo_version", p.version("tribuo"));
    node.put("java_version", p.version("java"));
    node.put("os_name", p.version("os"));
    node.put("started_at", p.startedAt().toString());
    node.put("finished_at", p.finishedAt().toString());
    node.put(form.scheduler, p.schedulerName());
    ArrayNode objectives = node.putArray("objectives");
    p.objectives().forEach(objectives::add);
    return node;
  }

  static ObjectNode energy(Provenance p, Form form) {
    CarbonIntensity ci = p.intensity();
    ObjectNode node = NODES.objectNode();
    node.put("meter_method", p.meterMethod().name());
    node.put("meter_description", p.meterDescription());
    node.put("relative_uncertainty", p.statedUncertainty());
    node.put("region_code", ci.regionCode());
    node.put("region_name", ci.regionName());
    node.put(form.intensity, ci.gramsCO2ePerKWh());
    node.put("intensity_source", ci.source());
    node.put("intensity_year", ci.year());
    node.put("pue", p.pue().value());
    node.put("pue_source", p.pue().source());
    return node;
  }

  /**
   * The provenance in {@code provenance} and {@code energy}, with {@code testSet}.
   *
   * @throws JsonFields.FieldException naming the first missing or mistyped field
   * @throws IllegalArgumentException if a value is out of range
   */
  static Provenance read(JsonFields p, JsonFields e, Optional<TestSet> testSet, Form form) {
    Map<String, String> versions = Map.of("greenautoml", p.text("greenautoml_version"),
        "tribuo", p.text("tribuo_version"), "java", p.text("java_version"),
        "os", p.text("os_name"));
    return new Provenance(p.longInteger("seed"), p.text("dataset_name"),
        p.text("data_fingerprint"), p.integer("rows"), p.integer("features"), p.integer("classes"),
        p.text(form.scheduler), p.array("objectives", JsonFields.Element::asText),
        meterMethod(e), e.text("meter_description"),
        OptionalDouble.of(e.number("relative_uncertainty", false)), intensity(e, form),
        new Pue(e.number("pue", false), e.text("pue_source")), versions,
        instant(p, "started_at"), instant(p, "finished_at"), testSet);
  }

  private static EnergyMethod meterMethod(JsonFields e) {
    String text = e.text("meter_method");
    try {
      return EnergyMethod.valueOf(text);
    } catch (IllegalArgumentException unknown) {
      throw new JsonFields.FieldException(
          e.path("meter_method") + " must be RAPL or POWER_MODEL, found \"" + text + "\"");
    }
  }

  /**
   * The intensity the run used; its low-high band is the bundled table's when the region and
   * central value match it (the files keep only the central value), else the central value.
   */
  private static CarbonIntensity intensity(JsonFields e, Form form) {
    return intensity(e.text("region_code"), e.text("region_name"),
        e.number(form.intensity, false), e.text("intensity_source"),
        e.integer("intensity_year"));
  }

  static CarbonIntensity intensity(
      String code, String name, double grams, String source, int year) {
    try {
      CarbonIntensity bundled = CarbonRegions.bundled().lookup(code);
      if (bundled.gramsCO2ePerKWh() == grams && bundled.source().equals(source)) {
        return bundled;
      }
    } catch (UnknownRegionException unknownRegion) {
      // a region of a newer table, or a custom intensity: keep the central value only
    }
    return new CarbonIntensity(code, name, grams, grams, grams, source, year);
  }

  static Instant instant(JsonFields f, String name) {
    String text = f.text(name);
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new JsonFields.FieldException(f.path(name)
          + " must be an ISO-8601 instant such as 2025-01-31T12:00:00Z, found \"" + text + "\"");
    }
  }
}
