package org.greenautoml;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * The address of a cluster member: an IP literal and a TCP port. Host names are refused so that
 * a member never resolves names, and so binds exactly where it is told (loopback by default).
 *
 * @param host an IPv4 literal such as {@code 127.0.0.1}
 * @param port a TCP port in [1, 65535]
 */
public record MemberAddress(String host, int port) {

  /** The default address of a member: loopback, Hazelcast's usual port. */
  public static final MemberAddress DEFAULT = new MemberAddress("127.0.0.1", 5701);

  /** Validates. */
  public MemberAddress {
    requireNonNull(host, "host");
    if (!host.matches("(\\d{1,3})(\\.\\d{1,3}){3}")) {
      throw new IllegalArgumentException(
          "member host must be an IPv4 address such as 127.0.0.1, found " + host);
    }
    for (String part : host.split("\\.")) {
      if (Integer.parseInt(part) > 255) {
        throw new IllegalArgumentException(
            "member host must be an IPv4 address such as 127.0.0.1, found " + host);
      }
    }
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("member port must be in [1, 65535], found " + port);
    }
  }

  /**
   * Parses {@code HOST:PORT}.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static MemberAddress parse(String text) {
    requireNonNull(text, "text");
    int colon = text.lastIndexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw new IllegalArgumentException("member address must be HOST:PORT, found " + text);
    }
    int port;
    try {
      port = Integer.parseInt(text.substring(colon + 1).strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("member address must be HOST:PORT, found " + text, e);
    }
    return new MemberAddress(text.substring(0, colon).strip(), port);
  }

  /** Parses a comma-separated list of {@code HOST:PORT}. */
  public static List<MemberAddress> parseList(String text) {
    List<MemberAddress> addresses = new ArrayList<>();
    for (String part : requireNonNull(text, "text").split(",")) {
      if (!part.isBlank()) {
        addresses.add(parse(part.strip()));
      }
    }
    if (addresses.isEmpty()) {
      throw new IllegalArgumentException("member list must name at least one HOST:PORT, found \""
          + text + "\"");
    }
    return List.copyOf(addresses);
  }

  /** Whether this is a loopback address (127.0.0.0/8). */
  public boolean isLoopback() {
    return host.startsWith("127.");
  }

  @Override
  public String toString() {
    return host + ":" + port;
  }
}
