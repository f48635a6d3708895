package org.greenautoml.bench.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class PeerTableTest {

  private static final String HEADER = "dataset,seed,peer,status,test_accuracy,cpu_seconds,"
      + "wall_seconds,configurations,best_family,best_validation_accuracy,best_configuration,versions\n";

  @TempDir Path folder;

  private List<PeerRun> read(String rows) throws IOException {
    Path file = folder.resolve("peers.csv");
    Files.writeString(file, HEADER + rows);
    return PeerRun.read(file);
  }

  @Test
  void lines_cheapestPeerWithoutModel_isNotTheCheapest() throws IOException {
    PeerTable table = new PeerTable(read("""
        d,0,greenautoml,ok,0.790000,10.0,,,,,,
        d,0,nsga2,ok,0.760000,25.0,,,,,,
        d,0,grid,cpu-limit,,5.0,,,,,,
        d,0,tpe-hyperband,ok,0.800000,60.0,,,,,,
        """), List.of());

    PeerTable.Line line = table.lines().get(0);

    assertThat(line.bestPeerAccuracy()).isEqualTo(0.80);
    assertThat(line.cheapestPeerCpu()).isEqualTo(25.0);
    assertThat(line.accuracyGoal(0.5)).contains(false);
    assertThat(line.accuracyGoal(1.0)).contains(true);
    assertThat(line.cpuGoal(0.5)).contains(true);
    assertThat(line.cpuGoal(0.25)).contains(false);
  }

  @Test
  void lines_medianOverSeeds_perMethod() throws IOException {
    PeerTable table = new PeerTable(read("""
        d,0,greenautoml,ok,0.70,30.0,,,,,,
        d,1,greenautoml,ok,0.90,10.0,,,,,,
        d,2,greenautoml,ok,0.80,20.0,,,,,,
        d,0,nsga2,ok,0.81,50.0,,,,,,
        d,1,nsga2,ok,0.85,40.0,,,,,,
        d,2,nsga2,ok,0.83,45.0,,,,,,
        """), List.of());

    PeerTable.Line line = table.lines().get(0);

    assertThat(line.engine().accuracy()).isEqualTo(0.80);
    assertThat(line.engine().cpu()).isEqualTo(20.0);
    assertThat(line.bestPeerAccuracy()).isEqualTo(0.83);
    assertThat(line.cheapestPeerCpu()).isEqualTo(45.0);
    assertThat(line.accuracyGoal(0.5)).contains(false);
    assertThat(table.goals().get(1)).contains("met on 1 of 1 datasets judged");
  }

  @Test
  void lines_engineNotRun_leavesTheGoalsUnjudged() throws IOException {
    PeerTable table = new PeerTable(read("d,0,nsga2,ok,0.81,50.0,,,,,,\n"), List.of());

    assertThat(table.lines().get(0).accuracyGoal(0.5)).isEqualTo(Optional.empty());
    assertThat(table.markdown()).contains("| d | not run | 81.00 %, 50.0 s |");
    assertThat(table.goals().get(0)).contains("met on 0 of 0 datasets judged (of 1)");
  }

  @Test
  void lines_listedDatasetAbsentFromTheFile_isNotRun() throws IOException {
    PeerTable table = new PeerTable(read("d,0,nsga2,ok,0.81,50.0,,,,,,\n"), List.of("e", "d"));

    assertThat(table.lines()).extracting(PeerTable.Line::dataset).containsExactly("e", "d");
    assertThat(table.markdown()).contains("| e | not run | not run |");
  }

  @Test
  void read_badNumber_namesTheLine() {
    assertThatThrownBy(() -> read("d,0,nsga2,ok,0.81,fast,,,,,,\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2");
  }
}
