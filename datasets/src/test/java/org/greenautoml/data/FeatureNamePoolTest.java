package org.greenautoml.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** {@link FeatureNamePool} against a map from slot sets to their first array as the oracle. */
final class FeatureNamePoolTest {

  private static final String[] SLOT_NAMES = {"a", "b", "c", "d", "e", "f", "g", "h"};

  @RepeatedTest(50)
  void intern_randomRows_sameSlotsShareOneSetAndNamesAreExact(RepetitionInfo info) {
    SplittableRandom random = new SplittableRandom(info.getCurrentRepetition());
    FeatureNamePool pool = new FeatureNamePool();
    Map<TreeSet<Integer>, FeatureNameSet> oracle = new HashMap<>();
    for (int row = 0; row < 300; row++) {
      TreeSet<Integer> present = new TreeSet<>();
      for (int s = 0; s < SLOT_NAMES.length; s++) {
        if (random.nextInt(4) > 0) {
          present.add(s);
        }
      }
      int[] slots = new int[SLOT_NAMES.length];
      String[] names = new String[SLOT_NAMES.length];
      int m = 0;
      for (int s : present) {
        slots[m] = s;
        names[m++] = SLOT_NAMES[s];
      }

      FeatureNameSet set = pool.intern(slots, names, m);

      assertThat(set.names()).containsExactly(java.util.Arrays.copyOf(names, m));
      assertThat(set.sortedUnique()).isTrue();
      FeatureNameSet first = oracle.putIfAbsent(present, set);
      if (first != null) {
        assertThat(set).isSameAs(first);
      }
    }
  }

  @Test
  void intern_moreDistinctSetsThanKept_stillExactButUnshared() {
    FeatureNamePool pool = new FeatureNamePool();
    int distinct = FeatureNamePool.MAX_SETS + 10;
    String[] names = new String[distinct];
    int[] slots = new int[distinct];
    for (int i = 0; i < distinct; i++) {
      names[i] = String.format("f%05d", i);
      slots[i] = i;
    }
    for (int i = 0; i < distinct; i++) {
      pool.intern(new int[] {slots[i]}, new String[] {names[i]}, 1);
    }

    FeatureNameSet late = pool.intern(new int[] {slots[distinct - 1]},
        new String[] {names[distinct - 1]}, 1);
    FeatureNameSet again = pool.intern(new int[] {slots[distinct - 1]},
        new String[] {names[distinct - 1]}, 1);
    FeatureNameSet early = pool.intern(new int[] {0}, new String[] {names[0]}, 1);

    assertThat(late.names()).containsExactly(names[distinct - 1]);
    assertThat(again).isNotSameAs(late);
    assertThat(early).isSameAs(pool.intern(new int[] {0}, new String[] {names[0]}, 1));
  }
}
