package org.greenautoml.cluster;

import org.greenautoml.MemberAddress;
import org.greenautoml.ClusterSettings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.cluster.Member;
import com.hazelcast.config.Config;
import com.hazelcast.config.JavaSerializationFilterConfig;
import com.hazelcast.core.HazelcastInstance;
import java.io.Serializable;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.greenautoml.energy.EnergyMeters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The cluster's security rules: loopback, listed members only, no Java deserialization. */
@Timeout(120)
final class ClusterSecurityTest {

  private static final AtomicBoolean EVIL_RAN = new AtomicBoolean();

  /** A task that Java serialization would carry: a member must never run it. */
  static final class EvilTask implements Callable<String>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public String call() {
      EVIL_RAN.set(true);
      return "ran";
    }
  }

  @Test
  void memberConfig_always_deniesJavaDeserializationOfEveryClass() {
    Config config = HazelcastSetup.member(MemberSettings.defaults("rules"),
        new MemberRuntime(MemberSettings.defaults("rules"), EnergyMeters.detect()));
    JavaSerializationFilterConfig filter =
        config.getSerializationConfig().getJavaSerializationFilterConfig();

    assertThat(filter).as("Java serialization filter").isNotNull();
    assertThat(filter.isDefaultsDisabled()).isTrue();
    assertThat(HazelcastSetup.client(ClusterSettings.of("rules", "127.0.0.1:5701"))
        .getSerializationConfig().getJavaSerializationFilterConfig()).isEqualTo(filter);
    for (String className : List.of("java.util.HashMap", "org.greenautoml.cluster.ClusterTask",
        EvilTask.class.getName(), "com.sun.rowset.JdbcRowSetImpl")) {
      assertThat(filter.getBlacklist().isListed(className)).as(className).isTrue();
    }
  }

  @Test
  void memberConfig_always_bindsTheGivenAddressAndJoinsOnlyListedMembers() {
    MemberSettings settings = MemberSettings.defaults("rules")
        .withMembers(List.of(MemberAddress.parse("127.0.0.1:5702")));
    Config config = HazelcastSetup.member(settings, new MemberRuntime(settings,
        EnergyMeters.detect()));

    assertThat(config.getNetworkConfig().getInterfaces().getInterfaces())
        .containsExactly("127.0.0.1");
    assertThat(config.getProperty("hazelcast.socket.bind.any")).isEqualTo("false");
    assertThat(config.getProperty("hazelcast.phone.home.enabled")).isEqualTo("false");
    assertThat(config.getNetworkConfig().getJoin().getMulticastConfig().isEnabled()).isFalse();
    assertThat(config.getNetworkConfig().getJoin().getAutoDetectionConfig().isEnabled()).isFalse();
    assertThat(config.getNetworkConfig().getJoin().getTcpIpConfig().getMembers())
        .containsExactly("127.0.0.1:5701", "127.0.0.1:5702");
  }

  @Test
  void submit_javaSerializedTask_isRefusedByTheMemberAndNeverRuns() {
    try (TestCluster cluster = TestCluster.start("WORLD")) {
      HazelcastInstance client =
          HazelcastClient.newHazelcastClient(HazelcastSetup.client(cluster.settings()));
      try {
        Member member = client.getCluster().getMembers().iterator().next();

        assertThatThrownBy(() -> client.getExecutorService(HazelcastSetup.TRIAL_EXECUTOR)
            .submitToMember(new EvilTask(), member).get(30, TimeUnit.SECONDS))
            .isInstanceOf(ExecutionException.class)
            .rootCause()
            .isInstanceOf(SecurityException.class)
            .hasMessageContaining("is not allowed");
        assertThat(EVIL_RAN).isFalse();
      } finally {
        client.shutdown();
      }
    }
  }

  @Test
  void memberAddress_parse_refusesHostNamesAndBadPorts() {
    assertThat(MemberAddress.parse("127.0.0.1:5702")).isEqualTo(new MemberAddress("127.0.0.1", 5702));
    assertThatThrownBy(() -> MemberAddress.parse("localhost:5701"))
        .hasMessageContaining("must be an IPv4 address");
    assertThatThrownBy(() -> MemberAddress.parse("127.0.0.1:70000"))
        .hasMessageContaining("must be in [1, 65535], found 70000");
    assertThatThrownBy(() -> MemberAddress.parse("127.0.0.1"))
        .hasMessageContaining("must be HOST:PORT");
  }
}
