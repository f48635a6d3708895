package org.greenautoml.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.greenautoml.energy.EnergyException;

/**
 * The CPU time of this JVM's waited-for child processes, from Linux {@code /proc/self/stat}
 * ({@code cutime + cstime}, fields 16 and 17, proc(5)). A child's time, with that of the
 * descendants it waited for, is added when the child is reaped; a grandchild left running or
 * orphaned (re-parented to init) is not counted.
 */
final class ChildCpuTime {

  /** Clock ticks per second of {@code /proc} times (USER_HZ, 100 on every Linux ABI in use). */
  static final double TICKS_PER_SECOND = 100.0;

  static final Path STAT = Paths.get("/proc/self/stat");

  private ChildCpuTime() {}

  /** Children's user + system CPU seconds so far. */
  static double seconds() {
    String stat;
    try {
      stat = Files.readString(STAT, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new EnergyException("meter needs Linux's " + STAT + " to read the CPU time of child"
          + " processes, and it cannot be read: " + e.getMessage(), e);
    }
    return parse(stat);
  }

  /** Children's CPU seconds in the text of a {@code /proc/PID/stat} file. */
  static double parse(String stat) {
    // the command name (field 2) may hold spaces and parentheses: fields 3.. follow the last ')'
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
    long cutime = Long.parseLong(fields[16 - 3]);
    long cstime = Long.parseLong(fields[17 - 3]);
    return (cutime + cstime) / TICKS_PER_SECOND;
  }
}
