package org.greenautoml;

/**
 * Where trials run. {@link #THREAD} (the default) runs them on threads of the engine's JVM: cheap,
 * but a trial that exhausts the heap, crashes native code or never returns harms the whole search,
 * and a trial running when the budget is spent stops only at its next read of an example, which
 * some trainers never make once they have copied their data. {@link #PROCESS} runs them in a pool of worker JVMs with a heap cap ({@link
 * GreenAutoML.Builder#workerHeapMegabytes}), so such a trial is killed and recorded FAILED with the
 * reason, and a trial running when the budget is spent is killed at once (recorded STOPPED) (wire format and energy
 * accounting in {@link org.greenautoml.trial.worker}).
 */
public enum Isolation {
  THREAD,
  PROCESS
}
