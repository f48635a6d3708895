package org.greenautoml.cluster;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.greenautoml.search.execute.StopSignal;
import org.greenautoml.search.execute.TrialFailedException;

/**
 * One attempt of a trial on one member while it runs: the line between the search's {@link
 * StopSignal} and the member. The member's cost so far arrives with the answers to the driver's
 * progress requests ({@link #progress}, every overhead period) and goes to the ledger at once;
 * the search's stop request goes to the member as soon as the waiting thread sees it (within
 * {@value #POLL_MILLIS} ms), and again every {@value #RESEND_STOP_MILLIS} ms until the answer
 * comes, so that a lost message does not leave a trial running. Nothing on this path waits on a
 * read from the cluster. Thread-safe.
 */
final class RemoteAttempt {

  /** How often the waiting thread looks at the stop signal and at the member's presence. */
  static final long POLL_MILLIS = 25;
  /** How often a stop is sent again while the trial has not answered. */
  static final long RESEND_STOP_MILLIS = 1_000;

  private final String key;
  private final String memberId;
  private final String memberAddress;
  private final StopSignal stop;
  private final double chargedBeforeKgCO2e;
  private double spentKgCO2e;
  private boolean ended;

  /**
   * @param key the attempt's trial key, unique in the cluster
   * @param memberId the Hazelcast id of the member it runs on
   * @param memberAddress where it runs
   * @param stop the search's signal of the trial
   * @param chargedBeforeKgCO2e what the trial's lost attempts were charged before this one
   */
  RemoteAttempt(String key, String memberId, String memberAddress, StopSignal stop,
      double chargedBeforeKgCO2e) {
    this.key = key;
    this.memberId = memberId;
    this.memberAddress = memberAddress;
    this.stop = stop;
    this.chargedBeforeKgCO2e = chargedBeforeKgCO2e;
  }

  String key() {
    return key;
  }

  String memberId() {
    return memberId;
  }

  /** The member's cost so far of this attempt (kg CO2e at its intensity): charged at once. */
  synchronized void progress(double kgCO2e) {
    if (ended || !(kgCO2e > spentKgCO2e) || !Double.isFinite(kgCO2e)) {
      return;
    }
    spentKgCO2e = kgCO2e;
    stop.reportCostSoFar(chargedBeforeKgCO2e + kgCO2e);
  }

  /** The last cost so far the member reported. */
  synchronized double spentKgCO2e() {
    return spentKgCO2e;
  }

  /** Ends the relay of progress: the trial's charge is now the caller's. */
  synchronized void end() {
    ended = true;
  }

  /**
   * Waits for the member's answer, relaying the search's stop request.
   *
   * @param answer the member's answer to the trial
   * @param present whether the member is still in the cluster
   * @param sendStop sends a stop with its reason to the member; must not block
   * @throws MemberLostException when the member leaves or dies before it answers
   * @throws TrialFailedException when the task failed on the member for another reason
   */
  String await(Future<String> answer, BooleanSupplier present, Consumer<String> sendStop)
      throws InterruptedException {
    long stopSentAt = 0;
    boolean stopSent = false;
    while (true) {
      if (stop.isStopRequested()) {
        long now = System.nanoTime();
        if (!stopSent || now - stopSentAt >= TimeUnit.MILLISECONDS.toNanos(RESEND_STOP_MILLIS)) {
          sendStop.accept(stop.reason().orElse("stopped by the search"));
          stopSent = true;
          stopSentAt = now;
        }
      }
      try {
        return answer.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        if (!present.getAsBoolean()) {
          cancel(answer);
          throw new MemberLostException("member left", spentKgCO2e());
        }
      } catch (ExecutionException e) {
        if (MemberLostException.isMemberLoss(e.getCause()) || !present.getAsBoolean()) {
          throw new MemberLostException(
              "member left: " + e.getCause().getClass().getSimpleName(), spentKgCO2e());
        }
        throw new TrialFailedException("member " + memberAddress + " failed the trial: "
            + e.getCause());
      } catch (RuntimeException e) {
        if (MemberLostException.isMemberLoss(e) || !present.getAsBoolean()) {
          throw new MemberLostException(
              "member left: " + e.getClass().getSimpleName(), spentKgCO2e());
        }
        throw e;
      }
    }
  }

  /**
   * Cancels the task of a member that left. Hazelcast sends the cancel to the member, and one that
   * is gone answers with a {@code TargetNotMemberException}; nothing is left to cancel then.
   */
  private static void cancel(Future<String> answer) {
    try {
      answer.cancel(true);
    } catch (RuntimeException gone) {
      // the member is gone, and its task with it
    }
  }
}
