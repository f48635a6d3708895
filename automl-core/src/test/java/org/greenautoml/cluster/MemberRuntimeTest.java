package org.greenautoml.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.greenautoml.energy.EnergyMeters;
import org.greenautoml.family.Families;
import org.greenautoml.family.SharedDatasets;
import org.greenautoml.search.schedule.Trial;
import org.greenautoml.trial.internal.MeteredTrialEvaluator;
import org.greenautoml.trial.internal.PreparedData;
import org.greenautoml.trial.worker.WorkerCodec;
import org.junit.jupiter.api.Test;

/** A member's answers to a driver, without Hazelcast: data, trials, stops and progress. */
final class MemberRuntimeTest {

  private static final SharedDatasets.Split SPLIT = SharedDatasets.split("credit-g", 3);
  private static final PreparedData DATA = PreparedData.of(
      SPLIT.train(), SPLIT.validation(), SPLIT.featuresWithMissingValues(), 3);

  @Test
  void handle_stopThatOvertakesItsTrial_stopsTheTrialWhenItStarts() {
    MemberRuntime member = loaded();

    JsonNode stop = ClusterMessages.parse(member.handle(stop("s/0/0"), new byte[0]));
    JsonNode answer = ClusterMessages.parse(member.handle(trial("s/0/0"), new byte[0]));

    assertThat(stop.get("running").asBoolean()).as("running when the stop came").isFalse();
    assertThat(answer.get("type").asText()).isEqualTo(ClusterMessages.STOPPED);
    assertThat(answer.get("reason").asText()).contains("stopped on request");
    assertThat(answer.get("member").asText()).isEqualTo("127.0.0.1:5999");
  }

  @Test
  void handle_trialWithoutAStop_answersItsResultAndNoProgressAfterwards() {
    MemberRuntime member = loaded();

    JsonNode answer = ClusterMessages.parse(member.handle(trial("s/1/0"), new byte[0]));
    JsonNode progress = ClusterMessages.parse(member.handle(
        "{\"v\":1,\"type\":\"progress\",\"trialKeys\":[\"s/1/0\"]}", new byte[0]));

    assertThat(answer.get("type").asText()).isEqualTo(ClusterMessages.RESULT);
    assertThat(answer.get("kgCO2e").asDouble()).isPositive();
    assertThat(answer.get("staticJoules").asDouble()).isNotNegative();
    assertThat(progress.get("kgCO2e").size()).as("costs of trials that run no more").isZero();
  }

  private static MemberRuntime loaded() {
    MemberRuntime member = new MemberRuntime(MemberSettings.defaults("test").withThreads(1),
        EnergyMeters.powerModel());
    member.attach("127.0.0.1:5999");
    member.handle("{\"v\":1,\"type\":\"data\",\"dataKey\":\"k\",\"seed\":3}",
        WorkerCodec.encodeData(DATA));
    return member;
  }

  private static String stop(String key) {
    ObjectNode stop = ClusterMessages.message(ClusterMessages.STOP);
    stop.put("trialKey", key);
    stop.put("reason", "carbon budget exhausted");
    return stop.toString();
  }

  private static String trial(String key) {
    Trial trial = new Trial(0, Families.byName("cart").space().defaults().get(0)
        .with(MeteredTrialEvaluator.FAMILY, "cart"), 0, 1.0 / 3, 0);
    ObjectNode request = ClusterMessages.message(ClusterMessages.TRIAL);
    request.put("dataKey", "k");
    request.put("trialKey", key);
    request.set("trial", WorkerCodec.trialMessage(trial, false));
    return request.toString();
  }
}
