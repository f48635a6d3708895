package org.greenautoml.energy.model;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.greenautoml.energy.ReferenceTable;

/**
 * Cloud instance types and the CPU of the host they run on: the bundled {@code
 * cloud-instances.csv}, derived by {@code scripts/derive-power-tables.py} from Boavizta's AWS
 * archetypes ({@code data/archetypes/cloud/aws.csv} and {@code server.csv}). EC2 writes the
 * instance type into the DMI product name ({@code /sys/class/dmi/id/product_name}), so a VM can be
 * matched to its host CPU without the network. Immutable; thread-safe.
 */
final class CloudInstances {

  /**
   * One instance type.
   *
   * @param instanceType e.g. {@code m5.large}
   * @param vcpus the instance's vCPUs
   * @param hostVcpus the vCPUs of the whole host (its {@code .metal} size)
   * @param hostSockets the host's sockets
   * @param hostCpu the host's CPU model
   */
  record Instance(String instanceType, int vcpus, int hostVcpus, int hostSockets, String hostCpu) {
    Instance {
      requireNonNull(instanceType, "instanceType");
      requireNonNull(hostCpu, "hostCpu");
    }
  }

  private static final String EC2 = "Amazon EC2 ";

  private final Map<String, Instance> byType;

  private CloudInstances(Map<String, Instance> byType) {
    this.byType = Map.copyOf(byType);
  }

  static CloudInstances bundled() {
    return Holder.BUNDLED;
  }

  private static final class Holder {
    static final CloudInstances BUNDLED =
        of(ReferenceTable.resource(CloudInstances.class, "cloud-instances.csv"));
  }

  static CloudInstances of(ReferenceTable table) {
    Map<String, Instance> byType = new HashMap<>();
    for (ReferenceTable.Row r : table.rows()) {
      Instance i = new Instance(r.get("instance_type"), (int) r.number("vcpus"),
          (int) r.number("host_vcpus"), (int) r.number("host_sockets"), r.get("host_cpu"));
      if (i.vcpus() < 1 || i.hostVcpus() < i.vcpus() || i.hostSockets() < 1) {
        throw r.error("must have 1 <= vcpus <= host_vcpus and host_sockets >= 1");
      }
      byType.put(i.instanceType(), i);
    }
    return new CloudInstances(byType);
  }

  /** The instance named by a DMI platform string such as {@code Amazon EC2 m5.large}. */
  Optional<Instance> lookup(String platform) {
    if (!platform.startsWith(EC2)) {
      return Optional.empty();
    }
    return Optional.ofNullable(byType.get(platform.substring(EC2.length()).trim()));
  }
}
