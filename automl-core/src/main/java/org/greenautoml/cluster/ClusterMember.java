package org.greenautoml.cluster;

import org.greenautoml.MemberAddress;
import static java.util.Objects.requireNonNull;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.net.InetSocketAddress;
import org.greenautoml.energy.EnergyMeter;
import org.greenautoml.energy.EnergyMeters;

/**
 * A running cluster member: an embedded Hazelcast member that runs the trials drivers send it,
 * meters them with its own meter and prices them at its own region and PUE. Start one with
 * {@link #start(MemberSettings)} (the {@code greenautoml worker} command does), end it with {@link
 * #close()}, which lets running trials stop and leaves the cluster gracefully.
 *
 * <p>Security: Hazelcast's open-source edition has no authentication, so a member binds only to
 * the address it is given (loopback by default), joins only the listed members, refuses Java
 * deserialization of every class and runs only the project's own JSON messages. A cluster that
 * spans hosts belongs on a private network. Thread-safe.
 */
public final class ClusterMember implements AutoCloseable {

  private final HazelcastInstance hazelcast;
  private final MemberRuntime runtime;
  private final MemberSettings settings;
  private final MemberAddress address;

  private ClusterMember(HazelcastInstance hazelcast, MemberRuntime runtime,
      MemberSettings settings, MemberAddress address) {
    this.hazelcast = hazelcast;
    this.runtime = runtime;
    this.settings = settings;
    this.address = address;
  }

  /** Starts a member with this machine's own energy meter; returns once it has joined. */
  public static ClusterMember start(MemberSettings settings) {
    return start(settings, EnergyMeters.detect());
  }

  /** Starts a member that meters its trials with {@code meter}; returns once it has joined. */
  public static ClusterMember start(MemberSettings settings, EnergyMeter meter) {
    requireNonNull(settings, "settings");
    MemberRuntime runtime = new MemberRuntime(settings, requireNonNull(meter, "meter"));
    HazelcastInstance hazelcast = Hazelcast.newHazelcastInstance(
        HazelcastSetup.member(settings, runtime));
    InetSocketAddress bound = (InetSocketAddress) hazelcast.getLocalEndpoint().getSocketAddress();
    MemberAddress address = new MemberAddress(bound.getAddress().getHostAddress(), bound.getPort());
    runtime.attach(address.toString());
    return new ClusterMember(hazelcast, runtime, settings, address);
  }

  /** The address the member bound. */
  public MemberAddress address() {
    return address;
  }

  /** The settings it was started with. */
  public MemberSettings settings() {
    return settings;
  }

  /** The number of members in its cluster, itself included, as it sees them now. */
  public int clusterSize() {
    return hazelcast.getCluster().getMembers().size();
  }

  /** Trials this member has started, for every driver. */
  public int trialsRun() {
    return runtime.trialsRun();
  }

  /** Whether the member is still running. */
  public boolean isRunning() {
    return hazelcast.getLifecycleService().isRunning();
  }

  /** Stops running trials and leaves the cluster gracefully. Idempotent. */
  @Override
  public void close() {
    runtime.close();
    if (hazelcast.getLifecycleService().isRunning()) {
      hazelcast.shutdown();
    }
  }

  /** Ends the member at once, as a crash would (for fault tests): no goodbye to the cluster. */
  void crash() {
    runtime.close();
    hazelcast.getLifecycleService().terminate();
  }
}
