package org.greenautoml.cluster;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.IExecutorService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The driver's side of the members' progress: the attempts running on members, and one {@code
 * progress} request per member that runs some, whose answer is charged to each attempt as it
 * arrives ({@link RemoteAttempt#progress}). {@link #askAll()} never waits: a member that has not
 * answered its last request within {@value #RETRY_MILLIS} ms is asked again, one that has is
 * skipped. Thread-safe.
 */
final class ProgressRequests {

  private static final System.Logger LOG = System.getLogger(ProgressRequests.class.getName());
  /** How long a progress request may go unanswered before the member is asked again. */
  static final long RETRY_MILLIS = 1_000;

  private final IExecutorService signals;
  private final Function<String, Member> membersById;
  private final Map<String, RemoteAttempt> running = new ConcurrentHashMap<>();
  private final Map<String, Long> askedAt = new ConcurrentHashMap<>();

  /**
   * @param signals the members' signal executor
   * @param membersById the Hazelcast member of an id, or null when it left
   */
  ProgressRequests(IExecutorService signals, Function<String, Member> membersById) {
    this.signals = signals;
    this.membersById = membersById;
  }

  /** Starts relaying the progress of {@code attempt}. */
  void add(RemoteAttempt attempt) {
    running.put(attempt.key(), attempt);
  }

  /** Stops relaying the progress of {@code attempt}. */
  void remove(RemoteAttempt attempt) {
    running.remove(attempt.key());
  }

  /** Asks each member that runs attempts for their cost so far. */
  void askAll() {
    Map<String, List<RemoteAttempt>> byMember = new HashMap<>();
    running.values().forEach(a -> byMember.computeIfAbsent(a.memberId(), id -> new ArrayList<>())
        .add(a));
    long now = System.nanoTime();
    byMember.forEach((memberId, attempts) -> {
      Member target = membersById.apply(memberId);
      Long asked = askedAt.get(memberId);
      if (target == null
          || asked != null && now - asked < TimeUnit.MILLISECONDS.toNanos(RETRY_MILLIS)) {
        return;
      }
      askedAt.put(memberId, now);
      ObjectNode request = ClusterMessages.message(ClusterMessages.PROGRESS);
      ArrayNode keys = request.putArray("trialKeys");
      attempts.forEach(a -> keys.add(a.key()));
      try {
        signals.submitToMember(new ClusterTask(request.toString(), new byte[0]), target,
            new Answer(memberId));
      } catch (RuntimeException e) {
        askedAt.remove(memberId);
        LOG.log(System.Logger.Level.DEBUG, "cannot ask {0} for progress: {1}", memberId, e);
      }
    });
  }

  /** Charges a member's answer to the attempts it names. */
  private final class Answer implements ExecutionCallback<String> {
    private final String memberId;

    Answer(String memberId) {
      this.memberId = memberId;
    }

    @Override
    public void onResponse(String answer) {
      askedAt.remove(memberId);
      try {
        ClusterMessages.parse(answer).path("kgCO2e").fields().forEachRemaining(cost -> {
          RemoteAttempt attempt = running.get(cost.getKey());
          if (attempt != null) {
            attempt.progress(cost.getValue().asDouble());
          }
        });
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, "progress from member {0} not charged: {1}",
            memberId, e);
      }
    }

    @Override
    public void onFailure(Throwable t) {
      askedAt.remove(memberId);
      LOG.log(System.Logger.Level.DEBUG, "progress request to {0} failed: {1}", memberId, t);
    }
  }
}
