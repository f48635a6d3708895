package org.greenautoml.search.space;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * An immutable assignment of values to hyperparameters, in the order the space declares them.
 *
 * <p>Values are {@link Integer}, {@link Double}, {@link String} or {@link Boolean}. Two
 * configurations are equal when they hold the same names and values. Thread-safe.
 */
public final class Configuration {

  private final Map<String, Object> values;

  private Configuration(Map<String, Object> values) {
    this.values = values;
  }

  /**
   * A configuration holding a copy of {@code values}, in their iteration order.
   *
   * @throws IllegalArgumentException if a value is null or of an unsupported type
   */
  public static Configuration of(Map<String, ?> values) {
    requireNonNull(values, "values");
    Map<String, Object> copy = new LinkedHashMap<>();
    values.forEach(
        (name, value) -> {
          if (!(value instanceof Integer
              || value instanceof Double
              || value instanceof String
              || value instanceof Boolean)) {
            throw new IllegalArgumentException(
                "value of " + name + " must be an Integer, Double, String or Boolean, found " + value);
          }
          copy.put(requireNonNull(name, "parameter name"), value);
        });
    return new Configuration(Collections.unmodifiableMap(copy));
  }

  /** The values by name, in declaration order; unmodifiable. */
  public Map<String, Object> values() {
    return values;
  }

  /** Whether the configuration assigns {@code name}. */
  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** The integer value of {@code name}. */
  public int getInt(String name) {
    return ((Number) require(name)).intValue();
  }

  /** The real value of {@code name} (an integer value is widened). */
  public double getDouble(String name) {
    return ((Number) require(name)).doubleValue();
  }

  /** The string value of {@code name}. */
  public String getString(String name) {
    return (String) require(name);
  }

  /** The boolean value of {@code name}. */
  public boolean getBoolean(String name) {
    return (Boolean) require(name);
  }

  /** A copy with {@code name} set to {@code value}. */
  public Configuration with(String name, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(values);
    copy.put(name, value);
    return of(copy);
  }

  private Object require(String name) {
    Object value = values.get(name);
    if (value == null) {
      throw new IllegalArgumentException(
          "configuration has no parameter " + name + "; it has " + values.keySet());
    }
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Configuration that && values.equals(that.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /**
   * A 64-bit hash of the names and typed values, fixed by this definition (not by {@link
   * #toString()} or {@link Object#hashCode()}), so that seeds derived from it stay the same across
   * versions and JVMs: the entries in name order, each the FNV-1a hash of the name's UTF-8 bytes,
   * a type tag and the value (a double's IEEE bits, an int, a boolean, a string's UTF-8 bytes),
   * combined with {@link SeedSplit#mix(long)}. Equal configurations have equal hashes.
   */
  public long stableHash() {
    long hash = 0x5EED_C0F1_6L;
    for (String name : new java.util.TreeSet<>(values.keySet())) {
      Object value = values.get(name);
      long entry = SeedSplit.fnv1a(name);
      if (value instanceof Integer i) {
        entry = SeedSplit.mix(entry ^ 'I') + i;
      } else if (value instanceof Double d) {
        entry = SeedSplit.mix(entry ^ 'D') + Double.doubleToLongBits(d);
      } else if (value instanceof Boolean b) {
        entry = SeedSplit.mix(entry ^ 'B') + (b ? 1 : 0);
      } else {
        entry = SeedSplit.mix(entry ^ 'S') + SeedSplit.fnv1a((String) value);
      }
      hash = SeedSplit.mix(hash ^ SeedSplit.mix(entry));
    }
    return hash;
  }

  /** {@code name=value} pairs in declaration order, for example {@code family=cart, depth=6}. */
  @Override
  public String toString() {
    StringJoiner joiner = new StringJoiner(", ");
    values.forEach((name, value) -> joiner.add(name + "=" + value));
    return joiner.toString();
  }
}
