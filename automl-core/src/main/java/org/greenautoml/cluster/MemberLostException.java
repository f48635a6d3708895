package org.greenautoml.cluster;

import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.core.MemberLeftException;
import com.hazelcast.spi.exception.TargetDisconnectedException;
import com.hazelcast.spi.exception.TargetNotMemberException;

/** A trial's member left or died while it ran the trial; the driver runs the trial elsewhere. */
final class MemberLostException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The attempt's cost so far, as the member last reported it; negative when lost before it started. */
  final double progressKgCO2e;

  MemberLostException(String message, double progressKgCO2e) {
    super(message, null, false, false);
    this.progressKgCO2e = progressKgCO2e;
  }

  /** Whether a failure from Hazelcast means the target member is gone. */
  static boolean isMemberLoss(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof MemberLeftException || t instanceof TargetDisconnectedException
          || t instanceof TargetNotMemberException
          || t instanceof HazelcastInstanceNotActiveException) {
        return true;
      }
    }
    return false;
  }
}
