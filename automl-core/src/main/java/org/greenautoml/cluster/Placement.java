package org.greenautoml.cluster;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Carbon-aware placement of trials on members: each member has as many slots as threads, and the
 * next trial goes to a free slot of the member with the lowest effective intensity (grams per kWh
 * times PUE), ties to the member with fewer running trials, then by address. Members come and go
 * with {@link #update}. Thread-safe; {@link #acquire} is O(members).
 */
final class Placement {

  private final Map<String, MemberView> members = new LinkedHashMap<>();
  private final Map<String, Integer> busy = new HashMap<>();

  /** The members now in the cluster; a member no longer present loses its slots. */
  synchronized void update(Collection<MemberView> present) {
    members.clear();
    present.forEach(m -> members.put(m.id(), m));
    busy.keySet().retainAll(members.keySet());
    notifyAll();
  }

  /** Whether {@code id} is still a member. */
  synchronized boolean isPresent(String id) {
    return members.containsKey(id);
  }

  /** The members now present. */
  synchronized Collection<MemberView> members() {
    return java.util.List.copyOf(members.values());
  }

  /** Slots of all present members. */
  synchronized int slots() {
    return members.values().stream().mapToInt(MemberView::threads).sum();
  }

  /**
   * Takes a free slot on the lowest-carbon member with one, waiting up to {@code maxWaitMillis}
   * for one to free; empty when none did or {@code giveUp} said so.
   *
   * @param avoid members not to use (one a trial just lost), unless no other member exists
   */
  synchronized Optional<MemberView> acquire(
      Set<String> avoid, long maxWaitMillis, BooleanSupplier giveUp) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxWaitMillis);
    while (true) {
      Optional<MemberView> free = choose(avoid);
      if (free.isPresent()) {
        busy.merge(free.get().id(), 1, Integer::sum);
        return free;
      }
      long left = deadline - System.nanoTime();
      if (left <= 0 || giveUp.getAsBoolean()) {
        return Optional.empty();
      }
      wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 50)));
    }
  }

  /** Gives back a slot taken by {@link #acquire}. */
  synchronized void release(MemberView member) {
    busy.computeIfPresent(member.id(), (id, n) -> n <= 1 ? null : n - 1);
    notifyAll();
  }

  /**
   * The intensity a trial would get from placement without regard to region: the slot-weighted
   * mean effective intensity of the members now present (0 when none).
   */
  synchronized double regionBlindGramsPerKWh() {
    double slots = slots();
    return slots == 0 ? 0 : members.values().stream()
        .mapToDouble(m -> m.effectiveGramsPerKWh() * m.threads()).sum() / slots;
  }

  private Optional<MemberView> choose(Set<String> avoid) {
    boolean othersExist = members.keySet().stream().anyMatch(id -> !avoid.contains(id));
    return members.values().stream()
        .filter(m -> busy.getOrDefault(m.id(), 0) < m.threads())
        .filter(m -> !othersExist || !avoid.contains(m.id()))
        .min(Comparator.comparingDouble(MemberView::effectiveGramsPerKWh)
            .thenComparingInt(m -> busy.getOrDefault(m.id(), 0))
            .thenComparing(MemberView::address));
  }
}
