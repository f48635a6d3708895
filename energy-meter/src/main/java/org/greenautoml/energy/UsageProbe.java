package org.greenautoml.energy;

/**
 * The CPU-time and memory figures that meters apportion energy by. {@link #system()} reads the
 * running JVM and machine (JMX, {@code /proc}, OSHI); tests may pass a fake. Implementations are
 * thread-safe. All CPU times are cumulative nanoseconds, comparable only with earlier values of the
 * same method.
 */
public interface UsageProbe {

  /** CPU time of the calling thread (ThreadMXBean), ns. */
  long currentThreadCpuNanos();

  /**
   * CPU time of thread {@code threadId} (ThreadMXBean), ns.
   *
   * @throws EnergyException if that thread has ended or its CPU time cannot be read
   */
  long threadCpuNanos(long threadId);

  /** CPU time of this process, all threads, ns (OperatingSystemMXBean). */
  long processCpuNanos();

  /** Busy (non-idle, non-iowait) CPU time of the whole machine, all hardware threads, ns. */
  long machineBusyCpuNanos();

  /** Resident memory of this process, bytes. */
  long processResidentBytes();

  /** Memory in use on the whole machine (total minus available), bytes. */
  long machineUsedMemoryBytes();

  /** The machine's hardware threads (logical processors), &ge; 1. */
  int hardwareThreads();

  /**
   * CPU time of what {@code scope} charges: thread {@code ownerThreadId} (read from any thread, so
   * that a watchdog can meter a running trial), this process, or the machine's busy time, ns.
   */
  default long scopeCpuNanos(MeterScope scope, long ownerThreadId) {
    switch (scope) {
      case THREAD:
        return Thread.currentThread().getId() == ownerThreadId
            ? currentThreadCpuNanos()
            : threadCpuNanos(ownerThreadId);
      case PROCESS:
        return processCpuNanos();
      default:
        return machineBusyCpuNanos();
    }
  }

  /** The probe of this JVM and machine; one shared instance. */
  static UsageProbe system() {
    return SystemUsageProbe.INSTANCE;
  }
}
