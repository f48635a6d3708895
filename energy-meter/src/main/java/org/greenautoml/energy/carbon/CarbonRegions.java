package org.greenautoml.energy.carbon;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.greenautoml.energy.ReferenceTable;

/**
 * Carbon intensity by region, from the bundled tables (see {@code NOTICE.md} next to them):
 *
 * <ul>
 *   <li>countries, by ISO 3166 alpha-2 or alpha-3 code: Our World in Data (Ember, Energy Institute)
 *       is the central value with its year; where Green Algorithms' {@code CI_aggregated} also has
 *       the country, the band spans both values (otherwise the band is the single value);
 *   <li>sub-national regions of Green Algorithms ({@code US-CA}, {@code CA-QC}, ...) and {@code
 *       WORLD} (475 gCO2e/kWh, IEA 2019);
 *   <li>cloud regions as {@code provider:region} ({@code gcp:europe-west9}), from CodeCarbon's
 *       {@code impact.csv}, which states no year (year 0).
 * </ul>
 *
 * Look-ups are case-insensitive. No network access. Immutable; thread-safe.
 */
public final class CarbonRegions {

  private static final Pattern YEAR = Pattern.compile("(?i)data from (\\d{4})");
  private static final int CLOSEST = 5;

  private final Map<String, CarbonIntensity> byKey;
  private final SortedSet<String> codes;

  private CarbonRegions(Map<String, CarbonIntensity> byCode) {
    Map<String, CarbonIntensity> keys = new HashMap<>();
    byCode.forEach((code, value) -> keys.put(code.toLowerCase(Locale.ROOT), value));
    this.byKey = Map.copyOf(keys);
    this.codes = Collections.unmodifiableSortedSet(new TreeSet<>(byCode.keySet()));
  }

  /** The bundled registry. */
  public static CarbonRegions bundled() {
    return Holder.BUNDLED;
  }

  private static final class Holder {
    static final CarbonRegions BUNDLED =
        of(
            ReferenceTable.resource(CarbonRegions.class, "owid-country-intensity.csv"),
            ReferenceTable.resource(CarbonRegions.class, "green-algorithms-ci.csv"),
            ReferenceTable.resource(CarbonRegions.class, "cloud-region-intensity.csv"));
  }

  /** Builds a registry from an OWID country table, a Green Algorithms table and a cloud table. */
  public static CarbonRegions of(ReferenceTable owid, ReferenceTable greenAlgorithms, ReferenceTable cloud) {
    requireNonNull(owid, "owid");
    requireNonNull(greenAlgorithms, "greenAlgorithms");
    requireNonNull(cloud, "cloud");
    Map<String, ReferenceTable.Row> gaByCode = new LinkedHashMap<>();
    for (ReferenceTable.Row row : greenAlgorithms.rows()) {
      gaByCode.putIfAbsent(row.get("location").toUpperCase(Locale.ROOT), row);
    }
    Map<String, CarbonIntensity> byCode = new TreeMap<>();
    addCountries(owid, gaByCode, byCode);
    addGreenAlgorithmsRest(gaByCode, byCode);
    addCloudRegions(cloud, byCode);
    return new CarbonRegions(byCode);
  }

  /** OWID countries under alpha-3 and alpha-2; removes the Green Algorithms rows it has used. */
  private static void addCountries(
      ReferenceTable owid, Map<String, ReferenceTable.Row> gaByCode, Map<String, CarbonIntensity> byCode) {
    Map<String, String> alpha3ToAlpha2 = alpha3ToAlpha2();
    for (ReferenceTable.Row row : owid.rows()) {
      String alpha3 = row.get("iso_code").toUpperCase(Locale.ROOT);
      String alpha2 = alpha3ToAlpha2.get(alpha3);
      CarbonIntensity value = country(row, alpha3, alpha2 == null ? null : gaByCode.remove(alpha2));
      byCode.put(alpha3, value);
      if (alpha2 != null) {
        byCode.put(alpha2, value);
      }
    }
  }

  /** Green Algorithms rows OWID does not cover: WORLD, sub-national regions, other countries. */
  private static void addGreenAlgorithmsRest(
      Map<String, ReferenceTable.Row> gaByCode, Map<String, CarbonIntensity> byCode) {
    for (ReferenceTable.Row row : gaByCode.values()) {
      String code = row.get("location").toUpperCase(Locale.ROOT);
      String name = row.get("regionName").equals("Any") ? row.get("countryName") : row.get("regionName");
      if (code.equals("WORLD")) {
        name = "World";
      }
      CarbonIntensity value =
          CarbonIntensity.of(code, name, nonNegative(row, "carbonIntensity"), gaSource(row), gaYear(row));
      byCode.put(code, value);
      String alpha3 = alpha3Of(code);
      if (alpha3 != null) {
        byCode.putIfAbsent(alpha3, value);
      }
    }
  }

  private static void addCloudRegions(ReferenceTable cloud, Map<String, CarbonIntensity> byCode) {
    for (ReferenceTable.Row row : cloud.rows()) {
      String code = row.get("provider").toLowerCase(Locale.ROOT) + ":" + row.get("region");
      String name = row.get("providerName") + " " + row.get("region") + " (" + row.get("countryIsoCode") + ")";
      String source = "CodeCarbon impact.csv (MIT): " + row.get("source");
      byCode.put(code, CarbonIntensity.of(code, name, nonNegative(row, "impact"), source, 0));
    }
  }

  private static CarbonIntensity country(ReferenceTable.Row row, String alpha3, ReferenceTable.Row ga) {
    double value = nonNegative(row, "carbon_intensity");
    int year = (int) row.number("year");
    String source = "Our World in Data energy dataset (Ember, Energy Institute; CC BY 4.0) via CodeCarbon";
    if (ga == null) {
      return CarbonIntensity.of(alpha3, row.get("country_name"), value, source, year);
    }
    double other = nonNegative(ga, "carbonIntensity");
    source += "; band with Green Algorithms CI_aggregated (CC BY 4.0): " + other + " g, " + gaSource(ga);
    return new CarbonIntensity(
        alpha3, row.get("country_name"), value, Math.min(value, other), Math.max(value, other),
        source, year);
  }

  private static double nonNegative(ReferenceTable.Row row, String column) {
    double v = row.number(column);
    if (v < 0) {
      throw row.error("column '" + column + "' must be >= 0 gCO2e/kWh, found " + v);
    }
    return v;
  }

  private static String gaSource(ReferenceTable.Row row) {
    String comments = row.get("comments");
    return row.get("source") + (comments.isEmpty() ? "" : " (" + comments + ")");
  }

  private static int gaYear(ReferenceTable.Row row) {
    Matcher m = YEAR.matcher(row.get("source") + " " + row.get("comments"));
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  private static Map<String, String> alpha3ToAlpha2() {
    Map<String, String> map = new HashMap<>();
    for (String alpha2 : Locale.getISOCountries()) {
      String alpha3 = alpha3Of(alpha2);
      if (alpha3 != null) {
        map.put(alpha3, alpha2);
      }
    }
    return map;
  }

  private static String alpha3Of(String alpha2) {
    if (alpha2.length() != 2) {
      return null;
    }
    try {
      String alpha3 = new Locale("", alpha2).getISO3Country();
      return alpha3.isEmpty() ? null : alpha3;
    } catch (MissingResourceException e) {
      return null;
    }
  }

  /**
   * The intensity of a region: ISO alpha-2 or alpha-3, {@code WORLD}, a sub-national code, or
   * {@code provider:region}; case-insensitive.
   *
   * @throws UnknownRegionException listing the closest known codes
   */
  public CarbonIntensity lookup(String code) {
    requireNonNull(code, "code");
    CarbonIntensity value = byKey.get(code.trim().toLowerCase(Locale.ROOT));
    if (value == null) {
      throw new UnknownRegionException(code, closest(code));
    }
    return value;
  }

  /** The world average: 475 gCO2e/kWh (IEA 2019), the stated default. */
  public CarbonIntensity world() {
    return lookup("WORLD");
  }

  /** Every known code, canonical spelling. */
  public SortedSet<String> codes() {
    return codes;
  }

  private List<String> closest(String code) {
    String key = code.trim().toLowerCase(Locale.ROOT);
    return codes.stream()
        .sorted(
            Comparator.comparingInt((String c) -> distance(key, c.toLowerCase(Locale.ROOT)))
                .thenComparing(Comparator.naturalOrder()))
        .limit(CLOSEST)
        .collect(Collectors.toList());
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
