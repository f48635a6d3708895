package org.greenautoml.energy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.GlobalMemory;
import oshi.hardware.HardwareAbstractionLayer;

/**
 * {@link UsageProbe} of this JVM: ThreadMXBean and OperatingSystemMXBean for CPU times, {@code
 * /proc/self/status} (VmRSS) or OSHI for resident memory, OSHI for machine ticks and memory. Memory
 * figures are cached for {@value #MEMORY_CACHE_NANOS} ns since they change slowly and cost a file
 * read.
 */
final class SystemUsageProbe implements UsageProbe {

  static final SystemUsageProbe INSTANCE = new SystemUsageProbe();
  private static final long MEMORY_CACHE_NANOS = 100_000_000L;
  private static final Path PROC_STATUS = Path.of("/proc/self/status");
  private static final String PROC_STAT = "/proc/stat";

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final long procStatTicksPerSecond = procStatTicksPerSecond();
  private final com.sun.management.OperatingSystemMXBean os = operatingSystemBean();
  private volatile HardwareAbstractionLayer hardware;
  private volatile long residentBytes;
  private volatile long residentAt;
  private volatile boolean residentRead;

  private SystemUsageProbe() {
    if (!threads.isCurrentThreadCpuTimeSupported() || !threads.isThreadCpuTimeSupported()) {
      throw new EnergyException("this JVM cannot measure thread CPU time (ThreadMXBean)");
    }
    if (!threads.isThreadCpuTimeEnabled()) {
      threads.setThreadCpuTimeEnabled(true);
    }
  }

  private static com.sun.management.OperatingSystemMXBean operatingSystemBean() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean bean) {
      return bean;
    }
    throw new EnergyException(
        "this JVM has no com.sun.management.OperatingSystemMXBean to read process CPU time");
  }

  @Override
  public long currentThreadCpuNanos() {
    return threads.getCurrentThreadCpuTime();
  }

  @Override
  public long threadCpuNanos(long threadId) {
    long nanos = threads.getThreadCpuTime(threadId);
    if (nanos < 0) {
      throw new EnergyException(
          "thread " + threadId + " has ended or its CPU time cannot be read: stop a THREAD-scoped"
              + " measurement before the thread that started it ends");
    }
    return nanos;
  }

  @Override
  public long processCpuNanos() {
    long nanos = os.getProcessCpuTime();
    if (nanos < 0) {
      throw new EnergyException("process CPU time is not available on this platform");
    }
    return nanos;
  }

  @Override
  public long machineBusyCpuNanos() {
    if (procStatTicksPerSecond > 0) {
      long ticks = readProcStatBusyTicks();
      if (ticks >= 0) {
        return ticks * (1_000_000_000L / procStatTicksPerSecond);
      }
    }
    long[] ticks = hardware().getProcessor().getSystemCpuLoadTicks();
    long total = 0;
    for (long t : ticks) {
      total += t;
    }
    long idle =
        ticks[CentralProcessor.TickType.IDLE.getIndex()]
            + ticks[CentralProcessor.TickType.IOWAIT.getIndex()];
    return (total - idle) * 1_000_000L; // OSHI ticks are milliseconds
  }

  /**
   * Busy ticks from the first line of {@code /proc/stat} (user nice system idle iowait irq softirq
   * steal ...): everything but idle and iowait, guest time being already inside user. Reads only
   * the first 512 bytes, far cheaper than OSHI's parse of the whole file; -1 if it cannot.
   */
  private static long readProcStatBusyTicks() {
    byte[] buffer = new byte[512];
    int n;
    try (RandomAccessFile in = new RandomAccessFile(PROC_STAT, "r")) {
      n = in.read(buffer);
    } catch (IOException e) {
      return -1;
    }
    if (n < 5 || buffer[0] != 'c' || buffer[1] != 'p' || buffer[2] != 'u' || buffer[3] != ' ') {
      return -1;
    }
    long busy = 0;
    int field = 0;
    long value = -1;
    for (int i = 4; i < n && buffer[i] != '\n'; i++) {
      byte b = buffer[i];
      if (b >= '0' && b <= '9') {
        value = (value < 0 ? 0 : value * 10) + (b - '0');
      } else if (value >= 0) {
        busy += field == 3 || field == 4 || field > 7 ? 0 : value;
        field++;
        value = -1;
      }
    }
    if (value >= 0 && field <= 7 && field != 3 && field != 4) {
      busy += value;
    }
    return busy;
  }

  private static long procStatTicksPerSecond() {
    if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")
        || !new java.io.File(PROC_STAT).canRead()) {
      return 0;
    }
    long hz = oshi.software.os.linux.LinuxOperatingSystem.getHz();
    return hz > 0 && 1_000_000_000L % hz == 0 ? hz : 0;
  }

  @Override
  public long processResidentBytes() {
    long now = System.nanoTime();
    if (!residentRead || now - residentAt > MEMORY_CACHE_NANOS) {
      residentBytes = readResidentBytes();
      residentAt = now;
      residentRead = true;
    }
    return residentBytes;
  }

  private long readResidentBytes() {
    if (Files.isReadable(PROC_STATUS)) {
      try {
        List<String> lines = Files.readAllLines(PROC_STATUS);
        for (String line : lines) {
          if (line.startsWith("VmRSS:")) {
            String kb = line.substring(6).replace("kB", "").trim();
            return Long.parseLong(kb) * 1024L;
          }
        }
      } catch (IOException | NumberFormatException e) {
        // fall through to OSHI, which reads the same figure portably
      }
    }
    return new SystemInfo().getOperatingSystem().getCurrentProcess().getResidentSetSize();
  }

  @Override
  public long machineUsedMemoryBytes() {
    GlobalMemory memory = hardware().getMemory();
    return memory.getTotal() - memory.getAvailable();
  }

  @Override
  public int hardwareThreads() {
    return hardware().getProcessor().getLogicalProcessorCount();
  }

  HardwareAbstractionLayer hardware() {
    HardwareAbstractionLayer h = hardware;
    if (h == null) {
      synchronized (this) {
        if (hardware == null) {
          hardware = new SystemInfo().getHardware();
        }
        h = hardware;
      }
    }
    return h;
  }
}
