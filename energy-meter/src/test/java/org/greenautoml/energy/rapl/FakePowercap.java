package org.greenautoml.energy.rapl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.greenautoml.energy.UsageProbe;

/** Builds a fake powercap tree laid out as sysfs does: every zone a directory at the top. */
final class FakePowercap {
  static final long RANGE = 262_143_328_850L;
  final Path root;

  FakePowercap(Path root) {
    this.root = root;
  }

  FakePowercap zone(String id, String name, long energyUj, long rangeUj) {
    try {
      Path dir = Files.createDirectories(root.resolve(id));
      Files.writeString(dir.resolve("name"), name + "\n");
      Files.writeString(dir.resolve("max_energy_range_uj"), rangeUj + "\n");
      Files.writeString(dir.resolve("energy_uj"), energyUj + "\n");
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  FakePowercap zone(String id, String name, long energyUj) {
    return zone(id, name, energyUj, RANGE);
  }

  FakePowercap energy(String id, String content) {
    try {
      Files.writeString(root.resolve(id).resolve("energy_uj"), content);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  FakePowercap energy(String id, long uj) {
    return energy(id, uj + "\n");
  }

  /** A probe where the test sets thread, process and machine CPU times. */
  static final class Probe implements UsageProbe {
    volatile long thread;
    volatile long process;
    volatile long machine;

    @Override
    public long currentThreadCpuNanos() {
      return thread;
    }

    @Override
    public long threadCpuNanos(long threadId) {
      return thread;
    }

    @Override
    public long processCpuNanos() {
      return process;
    }

    @Override
    public long machineBusyCpuNanos() {
      return machine;
    }

    @Override
    public long processResidentBytes() {
      return 1_000_000_000L;
    }

    @Override
    public long machineUsedMemoryBytes() {
      return 4_000_000_000L;
    }

    @Override
    public int hardwareThreads() {
      return 4;
    }
  }
}
