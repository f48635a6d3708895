package org.greenautoml.cluster;

import com.hazelcast.cluster.Member;
import java.net.InetSocketAddress;
import java.util.Optional;
import org.greenautoml.energy.carbon.CarbonRegions;
import org.greenautoml.energy.carbon.UnknownRegionException;

/** Reads a {@link MemberView} from a Hazelcast member's attributes. */
final class MemberViews {

  private static final System.Logger LOG = System.getLogger(MemberViews.class.getName());

  private MemberViews() {}

  /** The member's view; empty for a member that is not a GreenAutoML trial member. */
  static Optional<MemberView> of(Member member) {
    String region = member.getAttribute(HazelcastSetup.REGION_ATTRIBUTE);
    String pue = member.getAttribute(HazelcastSetup.PUE_ATTRIBUTE);
    String threads = member.getAttribute(HazelcastSetup.THREADS_ATTRIBUTE);
    if (region == null || pue == null || threads == null || member.isLiteMember()) {
      return Optional.empty();
    }
    InetSocketAddress socket = member.getSocketAddress();
    String address = socket.getAddress().getHostAddress() + ":" + socket.getPort();
    try {
      return Optional.of(new MemberView(member.getUuid().toString(), address, region,
          CarbonRegions.bundled().lookup(region).gramsCO2ePerKWh(), Double.parseDouble(pue),
          Integer.parseInt(threads)));
    } catch (NumberFormatException | UnknownRegionException e) {
      LOG.log(System.Logger.Level.WARNING, "ignoring member {0}: {1}", address, e.getMessage());
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      LOG.log(System.Logger.Level.WARNING, "ignoring member {0}: {1}", address, e.getMessage());
      return Optional.empty();
    }
  }
}
