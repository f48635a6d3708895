package org.greenautoml.search.journal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What identifies a search in its journal: the scheduler, the seed, the fingerprint of the data and
 * the space, plus the full configuration for the record. Resume compares the seed, the
 * fingerprint and the space; the configuration may change (for example a larger budget).
 *
 * @param scheduler the scheduler's name
 * @param seed the search's seed
 * @param dataFingerprint a digest of the training data (for example SHA-256 of the file)
 * @param space the space as JSON ({@code SpaceJson.toJson})
 * @param configuration every setting of the search, JSON-able values
 */
public record SearchHeader(
    String scheduler, long seed, String dataFingerprint, JsonNode space,
    Map<String, Object> configuration) {

  /** Validates and copies. */
  public SearchHeader {
    requireNonNull(scheduler, "scheduler");
    requireNonNull(dataFingerprint, "dataFingerprint");
    requireNonNull(space, "space");
    configuration = Collections.unmodifiableMap(new LinkedHashMap<>(configuration));
  }

  /**
   * The header of a journal's first line, a {@code search_started} event.
   *
   * @throws IllegalArgumentException if a field is missing or has the wrong type
   */
  public static SearchHeader fromJson(JsonNode searchStarted) {
    return JournalCodec.header(requireNonNull(searchStarted, "searchStarted"));
  }

  /** Why a journal with header {@code found} cannot be resumed by this search, if it cannot. */
  Optional<String> mismatch(SearchHeader found) {
    if (seed != found.seed) {
      return Optional.of("seed " + found.seed + " in the journal, " + seed + " now");
    }
    if (!dataFingerprint.equals(found.dataFingerprint)) {
      return Optional.of("data fingerprint " + found.dataFingerprint + " in the journal, "
          + dataFingerprint + " now");
    }
    if (!space.equals(found.space)) {
      return Optional.of("space " + found.space + " in the journal, " + space + " now");
    }
    return Optional.empty();
  }
}
