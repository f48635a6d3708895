package org.greenautoml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The options {@code fit} and {@code worker} share ({@link SiteOptions}) are checked alike. */
final class SiteOptionsTest {

  @Test
  void worker_withoutCluster_isAUserError() {
    CliRun run = CliRun.of("worker", "--bind", "127.0.0.1:5790");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("worker needs --cluster NAME");
  }

  @Test
  void worker_pueBelowOne_isRefusedAsFitRefusesIt() {
    CliRun worker = CliRun.of("worker", "--cluster", "t", "--pue", "0.5");
    CliRun fit = CliRun.of("fit", "--pue", "0.5", "--budget-g", "1");
    assertThat(worker.status()).isEqualTo(2);
    assertThat(fit.status()).isEqualTo(2);
    assertThat(worker.err()).contains("--pue must be a finite number >= 1, found 0.5");
    assertThat(fit.err()).contains("--pue must be a finite number >= 1, found 0.5");
  }

  @Test
  void fit_clusterWithoutMembers_isAUserError() {
    CliRun run = CliRun.of("fit", "--cluster", "t", "--budget-g", "1");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--cluster NAME and --members HOST:PORT,... go together");
  }
}
