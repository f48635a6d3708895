package org.greenautoml.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An insertion-ordered set of strings that is looked up by a char range, so that a cell already
 * seen is found without allocating a String for it. Open addressing with linear probing over
 * {@link String#hashCode}, kept at most half full; index {@code i} is the {@code i}-th string
 * added. Each key is also kept as a {@code char[]}, so that comparing it with a range is one
 * vectorised {@link Arrays#equals(char[], int, int, char[], int, int)}. Not thread-safe.
 */
final class RangeDictionary {

  private final List<String> keys = new ArrayList<>();
  private char[][] chars = new char[8][];
  private int[] slots = new int[16];

  /** The index of the string equal to the range, or -1. */
  int indexOf(char[] buf, int off, int len) {
    int h = 0;
    for (int i = off; i < off + len; i++) {
      h = 31 * h + buf[i];
    }
    int mask = slots.length - 1;
    for (int s = spread(h) & mask; slots[s] != 0; s = (s + 1) & mask) {
      int index = slots[s] - 1;
      if (matches(index, buf, off, len)) {
        return index;
      }
    }
    return -1;
  }

  /** The index of {@code key}, or -1. */
  int indexOf(String key) {
    int mask = slots.length - 1;
    for (int s = spread(key.hashCode()) & mask; slots[s] != 0; s = (s + 1) & mask) {
      if (keys.get(slots[s] - 1).equals(key)) {
        return slots[s] - 1;
      }
    }
    return -1;
  }

  /** Adds {@code key} unless present; returns its index either way. */
  int add(String key) {
    int index = indexOf(key);
    if (index >= 0) {
      return index;
    }
    if (2 * (keys.size() + 1) > slots.length) {
      rehash(slots.length * 2);
    }
    if (keys.size() == chars.length) {
      chars = Arrays.copyOf(chars, chars.length * 2);
    }
    chars[keys.size()] = key.toCharArray();
    keys.add(key);
    insert(key, keys.size());
    return keys.size() - 1;
  }

  /** The string with the given index. */
  String key(int index) {
    return keys.get(index);
  }

  int size() {
    return keys.size();
  }

  /** The strings in the order they were added; an unmodifiable view. */
  List<String> keys() {
    return Collections.unmodifiableList(keys);
  }

  /** Whether the string with the given index has exactly the characters of the range. */
  boolean matches(int index, char[] buf, int off, int len) {
    char[] key = chars[index];
    return key.length == len && Arrays.equals(key, 0, len, buf, off, off + len);
  }

  private void rehash(int capacity) {
    slots = new int[capacity];
    for (int i = 0; i < keys.size(); i++) {
      insert(keys.get(i), i + 1);
    }
  }

  private void insert(String key, int slotValue) {
    int mask = slots.length - 1;
    int s = spread(key.hashCode()) & mask;
    while (slots[s] != 0) {
      s = (s + 1) & mask;
    }
    slots[s] = slotValue;
  }

  private static int spread(int h) {
    return (h * 0x9E3779B9) ^ (h >>> 16);
  }
}
