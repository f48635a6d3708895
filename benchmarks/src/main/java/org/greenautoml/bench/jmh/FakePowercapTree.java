package org.greenautoml.bench.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A temporary fake Linux powercap tree (package-0 and its dram zone) for the energy benchmarks. */
final class FakePowercapTree implements AutoCloseable {
  final Path root;

  FakePowercapTree(long maxEnergyRangeUj) throws IOException {
    root = Files.createTempDirectory("fake-powercap");
    zone("intel-rapl:0", "package-0", maxEnergyRangeUj);
    zone("intel-rapl:0:0", "dram", maxEnergyRangeUj);
  }

  private void zone(String id, String name, long range) throws IOException {
    Path dir = Files.createDirectories(root.resolve(id));
    Files.writeString(dir.resolve("name"), name + "\n");
    Files.writeString(dir.resolve("max_energy_range_uj"), range + "\n");
    Files.writeString(dir.resolve("energy_uj"), "12345678\n");
  }

  @Override
  public void close() throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
