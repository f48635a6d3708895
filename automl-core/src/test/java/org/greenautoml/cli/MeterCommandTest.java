package org.greenautoml.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

final class MeterCommandTest {

  @Test
  void meter_sleep_printsEnergyCarbonAndMethod() {
    CliRun meter = CliRun.of("meter", "--", "sleep", "0.2");

    assertThat(meter.status()).as(meter.err()).isZero();
    assertThat(wallSeconds(meter.err())).isGreaterThanOrEqualTo(0.2);
    assertThat(meter.err()).containsPattern("energy +\\S+ J = \\S+ kWh \\(\\+/-\\d+%\\)")
        .containsPattern("carbon +\\S+ g CO2e \\(WORLD 475")
        .containsPattern("method +(power model|RAPL)");
  }

  @Test
  void meter_sleepOnThePowerModel_staticIsIdlePowerTimesWallAndDynamicNearZero() {
    CliRun meter = CliRun.of("meter", "--", "sleep", "0.5");
    assertThat(meter.status()).as(meter.err()).isZero();
    if (meter.err().contains("method    RAPL")) {
      assertThat(meter.err()).contains("static    0 J").contains("included in the RAPL reading");
      return;
    }
    double idle = number(meter.err(), "idle ([0-9.e+-]+) W");
    double wall = wallSeconds(meter.err());
    assertThat(number(meter.err(), "static +([0-9.e+-]+) J"))
        .isCloseTo(idle * wall, within(0.01 * idle * wall));
    assertThat(number(meter.err(), "dynamic +([0-9.e+-]+) J")).isLessThan(0.05 * idle * wall);
    assertThat(meter.err()).containsPattern("cpu model CPU [a-z ]+: matched .*; assumed ")
        .containsPattern("embodied +\\S+ g CO2e, not charged");
  }

  @Test
  void meter_machineShareAndEmbodied_scaleStaticAndAddEmbodiedToCarbon() {
    CliRun meter = CliRun.of("meter", "--machine-share", "0.25", "--include-embodied", "--",
        "sleep", "0.2");
    assertThat(meter.status()).as(meter.err()).isZero();
    assertThat(meter.err()).contains("embodied included").containsPattern("embodied +\\S+ g CO2e, charged");
    if (!meter.err().contains("method    RAPL")) {
      assertThat(meter.err()).contains("machine share 0.25");
    }
  }

  @Test
  void meter_badMachineShareOrCalibrateWithoutRapl_isAUserError() {
    FitCommandTest.assertUserError(CliRun.of("meter", "--machine-share", "2", "--", "true"),
        "--machine-share must be in [0, 1], found 2.0");
    CliRun calibrate = CliRun.of("meter", "--calibrate", "--step-seconds", "1");
    if (calibrate.status() == 2) {
      assertThat(calibrate.err()).contains("--calibrate needs readable RAPL counters");
    }
  }

  @Test
  void meter_busyGrandchild_countsItsCpuTime() {
    // The grandchild spins until it has used 30 clock ticks (0.3 s at 100 Hz) of its own CPU time,
    // or 30 s have passed, so that a loaded machine slows the test down instead of failing it.
    CliRun meter = CliRun.of("meter", "--", "sh", "-c",
        "yes > /dev/null & pid=$!; n=0; while [ $n -lt 600 ]"
            + " && [ $(awk '{print $14 + $15}' /proc/$pid/stat) -lt 30 ]; do sleep 0.05;"
            + " n=$((n + 1)); done; kill $pid; wait");

    assertThat(meter.status()).as(meter.err()).isZero();
    assertThat(cpuSeconds(meter.err())).as(meter.err()).isGreaterThan(0.2);
  }

  @Test
  void meter_failingCommand_exitsWithItsStatus() {
    assertThat(CliRun.of("meter", "--", "sh", "-c", "exit 7").status()).isEqualTo(7);
  }

  @Test
  void meter_commandNotFound_exitsTwo() {
    FitCommandTest.assertUserError(CliRun.of("meter", "--", "no-such-command-here"),
        "no-such-command-here");
  }

  @Test
  void parse_commandNameWithParentheses_readsChildrenTimes() {
    String stat = "4242 (a) b) (c) S 1 2 3 4 5 6 7 8 9 10 11 12 150 250 20 0 1 0 99 0";
    assertThat(ChildCpuTime.parse(stat)).isEqualTo(4.0, within(1e-12));
  }

  private static double wallSeconds(String text) {
    return number(text, "wall +([0-9.]+) s");
  }

  private static double cpuSeconds(String text) {
    return number(text, "cpu +([0-9.]+) s");
  }

  private static double number(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as(text).isTrue();
    return Double.parseDouble(m.group(1));
  }
}
