package org.greenautoml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.greenautoml.energy.EnergyMeters;
import org.greenautoml.errors.GreenAutoMLException;
import org.junit.jupiter.api.Test;

final class SearchSettingsTest {

  @Test
  void build_defaults_areTheDocumentedOnes() {
    SearchSettings settings = SearchSettings.builder().meter(EnergyMeters.powerModel()).build();
    assertThat(settings.scheduler()).isEqualTo(SchedulerKind.ASHA);
    assertThat(settings.seed()).isEqualTo(SearchSettings.DEFAULT_SEED);
    assertThat(settings.eta()).isEqualTo(3);
    assertThat(settings.minFidelity()).isEqualTo(1.0 / 27);
    assertThat(settings.objectives()).isEqualTo(SearchSettings.DEFAULT_OBJECTIVES);
    assertThat(settings.isolation()).isEqualTo(Isolation.THREAD);
    assertThat(settings.intensity().regionCode()).isEqualTo("WORLD");
    assertThat(settings.timeLimit()).isEmpty();
    assertThat(settings.maxTrials()).isEmpty();
  }

  @Test
  void build_workerHeapWithoutProcessIsolation_isRefusedNamingBoth() {
    SearchSettings.Builder builder = SearchSettings.builder().workerHeapMegabytes(512);
    assertThatThrownBy(builder::build)
        .isInstanceOf(GreenAutoMLException.class)
        .hasMessage("a worker heap cap needs process isolation, found isolation THREAD with a heap"
            + " cap of 512 MB");
  }

  @Test
  void build_perTrialLimitLongerThanTheSearchLimit_isRefused() {
    SearchSettings.Builder builder =
        SearchSettings.builder()
            .timeLimit(Duration.ofMinutes(1))
            .perTrialTimeLimit(Duration.ofMinutes(2));
    assertThatThrownBy(builder::build)
        .isInstanceOf(GreenAutoMLException.class)
        .hasMessageContaining("per-trial time limit must not exceed")
        .hasMessageContaining("PT2M");
  }

  @Test
  void build_workerHeapWithProcessIsolation_isKept() {
    SearchSettings settings =
        SearchSettings.builder()
            .isolation(Isolation.PROCESS)
            .workerHeapMegabytes(512)
            .meter(EnergyMeters.powerModel())
            .build();
    assertThat(settings.workerHeapMegabytes()).isEqualTo(512);
  }

  @Test
  void toBuilder_overridingOneSetting_keepsTheOthers() {
    SearchSettings first =
        SearchSettings.builder()
            .seed(7)
            .eta(4)
            .maxTrials(30)
            .outputDirectory(Path.of("run"))
            .meter(EnergyMeters.powerModel())
            .build();
    SearchSettings second = first.toBuilder().seed(8).build();
    assertThat(second.seed()).isEqualTo(8);
    assertThat(second.eta()).isEqualTo(4);
    assertThat(second.maxTrials()).hasValue(30);
    assertThat(second.outputDirectory()).contains(Path.of("run"));
    assertThat(second.meter()).isSameAs(first.meter());
    assertThat(second.families()).isEqualTo(first.families());
  }

  @Test
  void toBuilder_settingTheSameSettingTwice_isRejected() {
    SearchSettings settings = SearchSettings.builder().meter(EnergyMeters.powerModel()).build();
    assertThatThrownBy(() -> settings.toBuilder().seed(1).seed(2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("seed was already set");
  }

  @Test
  void toString_namesEverySetSetting() {
    SearchSettings settings =
        SearchSettings.builder()
            .seed(5)
            .maxTrials(9)
            .families("cart")
            .meter(EnergyMeters.powerModel())
            .build();
    assertThat(settings.toString())
        .startsWith("SearchSettings[scheduler=asha, families=[cart]")
        .contains("seed=5", "maxTrials=9", "isolation=THREAD", "progressListener=none",
            "machineShare=1.0", "includeEmbodied=false")
        .doesNotContain("workerHeapMegabytes");
  }

  @Test
  void greenAutoMLToBuilder_startsFromTheEnginesSettings() {
    GreenAutoML engine = GreenAutoML.builder().seed(3).meter(EnergyMeters.powerModel()).build();
    GreenAutoML other = engine.toBuilder().workers(2).build();
    assertThat(other.settings().seed()).isEqualTo(3);
    assertThat(other.settings().workers()).isEqualTo(2);
    assertThat(GreenAutoML.of(other.settings()).settings()).isSameAs(other.settings());
  }
}
