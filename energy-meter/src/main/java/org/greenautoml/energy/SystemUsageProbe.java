package org.greenautoml.energy;

import java.io.IOException;
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

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
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
