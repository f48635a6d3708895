package org.greenautoml.cluster;

import org.greenautoml.ClusterSettings;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.config.ClassFilter;
import com.hazelcast.config.Config;
import com.hazelcast.config.JavaSerializationFilterConfig;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.config.SerializationConfig;
import com.hazelcast.config.SerializerConfig;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The Hazelcast configuration of members and drivers, with the security rules of the cluster
 * backend in one place: bind to the given interface only (loopback unless told otherwise), join
 * over TCP-IP only the listed members (multicast and auto-detection off), no phone-home, Java
 * deserialization refused for every class, and the project's own messages as the only custom
 * type (a {@link ClusterTask} of JSON text and bytes, never a {@code Serializable}).
 */
final class HazelcastSetup {

  /** The executor that runs trials; its pool size is the member's thread count. */
  static final String TRIAL_EXECUTOR = "greenautoml-trials";
  /** The executor of data hand-over and probes, apart so that they never wait behind trials. */
  static final String CONTROL_EXECUTOR = "greenautoml-control";
  /**
   * The executor of stop and progress requests, apart from the other two so that they never wait
   * behind a data hand-over (which can take seconds) or a trial; each is answered at once.
   */
  static final String SIGNAL_EXECUTOR = "greenautoml-signals";
  /** The member-attribute names a driver reads. */
  static final String REGION_ATTRIBUTE = "greenautoml.region";
  static final String PUE_ATTRIBUTE = "greenautoml.pue";
  static final String THREADS_ATTRIBUTE = "greenautoml.threads";
  /** The user-context key of a member's {@link MemberRuntime}. */
  static final String RUNTIME_KEY = "greenautoml.runtime";

  private HazelcastSetup() {}

  /** A member's configuration; {@code runtime} serves its trials. */
  static Config member(MemberSettings settings, MemberRuntime runtime) {
    Config config = new Config();
    config.setClusterName(settings.cluster());
    config.setInstanceName("greenautoml-" + settings.cluster() + "-"
        + java.util.UUID.randomUUID().toString().substring(0, 8));
    commonProperties(config::setProperty);
    config.setProperty("hazelcast.socket.bind.any", "false");
    config.setProperty("hazelcast.wait.seconds.before.join", "0");
    config.setProperty("hazelcast.max.join.seconds", "20");
    config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
    config.setProperty("hazelcast.max.no.heartbeat.seconds", "10");
    config.setProperty("hazelcast.partition.count", "31");
    config.setProperty("hazelcast.shutdownhook.enabled", "false");
    config.setProperty("hazelcast.graceful.shutdown.max.wait", "10");
    config.setProperty("hazelcast.health.monitoring.level", "OFF");
    NetworkConfig network = config.getNetworkConfig();
    network.setPort(settings.bind().port()).setPortAutoIncrement(true).setPortCount(100);
    network.getInterfaces().setEnabled(true).addInterface(settings.bind().host());
    network.getRestApiConfig().setEnabled(false);
    network.getMemcacheProtocolConfig().setEnabled(false);
    JoinConfig join = network.getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    Set<String> members = new LinkedHashSet<>();
    members.add(settings.bind().toString());
    settings.members().forEach(m -> members.add(m.toString()));
    join.getTcpIpConfig().setEnabled(true).setMembers(java.util.List.copyOf(members));
    secure(config.getSerializationConfig());
    config.getExecutorConfig(TRIAL_EXECUTOR).setPoolSize(settings.threads());
    config.getExecutorConfig(CONTROL_EXECUTOR).setPoolSize(2);
    config.getExecutorConfig(SIGNAL_EXECUTOR).setPoolSize(1);
    config.getMemberAttributeConfig()
        .setAttribute(REGION_ATTRIBUTE, settings.region())
        .setAttribute(PUE_ATTRIBUTE, Double.toString(settings.pue()))
        .setAttribute(THREADS_ATTRIBUTE, Integer.toString(settings.threads()));
    config.getUserContext().put(RUNTIME_KEY, runtime);
    return config;
  }

  /** A driver's client configuration. */
  static ClientConfig client(ClusterSettings settings) {
    ClientConfig config = new ClientConfig();
    config.setClusterName(settings.name());
    config.setInstanceName("greenautoml-driver-" + settings.name() + "-" + System.nanoTime());
    commonProperties(config::setProperty);
    config.setProperty("hazelcast.client.heartbeat.timeout", "10000");
    config.setProperty("hazelcast.client.heartbeat.interval", "1000");
    config.setProperty("hazelcast.client.invocation.timeout.seconds", "30");
    config.setProperty("hazelcast.client.shuffle.member.list", "false");
    settings.members().forEach(m -> config.getNetworkConfig().addAddress(m.toString()));
    config.getConnectionStrategyConfig().getConnectionRetryConfig()
        .setClusterConnectTimeoutMillis(settings.connectTimeout().toMillis())
        .setInitialBackoffMillis(200)
        .setMaxBackoffMillis(1000);
    secure(config.getSerializationConfig());
    return config;
  }

  /**
   * Refuses Java deserialization of every class (a blacklist prefix every class name has, and no
   * default whitelist) and registers the project's one message type.
   */
  static void secure(SerializationConfig serialization) {
    serialization.setJavaSerializationFilterConfig(denyAllJavaDeserialization());
    serialization.addSerializerConfig(new SerializerConfig()
        .setTypeClass(ClusterTask.class)
        .setImplementation(new ClusterTaskSerializer()));
  }

  /** The filter that refuses every class: no defaults, and every name is blacklisted. */
  static JavaSerializationFilterConfig denyAllJavaDeserialization() {
    return new JavaSerializationFilterConfig()
        .setDefaultsDisabled(true)
        .setBlacklist(new ClassFilter().addPrefixes(""));
  }

  /** What members and clients share: JDK logging and no phoning home. */
  private static void commonProperties(java.util.function.BiConsumer<String, String> property) {
    property.accept("hazelcast.logging.type", "jdk");
    property.accept("hazelcast.phone.home.enabled", "false");
  }
}
