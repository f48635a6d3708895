package org.greenautoml.trial.worker;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line of a worker JVM: this JVM's {@code java}, classpath and family extension. */
final class WorkerCommand {

  private WorkerCommand() {}

  static List<String> of(int heapMegabytes) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heapMegabytes + "m");
    // A worker that runs out of memory exits at once (code 3) instead of limping on.
    command.add("-XX:+ExitOnOutOfMemoryError");
    command.add("-XX:+UseSerialGC");
    String families = System.getProperty(TrialWorkerMain.FAMILIES_PROPERTY);
    if (families != null && !families.isBlank()) {
      command.add("-D" + TrialWorkerMain.FAMILIES_PROPERTY + "=" + families);
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(TrialWorkerMain.class.getName());
    return command;
  }
}
