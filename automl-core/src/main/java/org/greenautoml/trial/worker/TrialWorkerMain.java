package org.greenautoml.trial.worker;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The entry point of a trial worker JVM, started by the engine as {@code java -Xmx<cap> -cp
 * <classpath> org.greenautoml.trial.worker.TrialWorkerMain}. It reads the version-1 messages of
 * {@link org.greenautoml.trial.worker} from stdin and answers on stdout, one trial at a time, and
 * returns when stdin closes or a {@code shutdown} arrives (it never calls {@code System.exit}).
 */
public final class TrialWorkerMain {

  /**
   * The system property naming extra {@code ModelFamily} classes a worker may run: fully qualified
   * names, comma-separated, each with a public no-argument constructor.
   */
  public static final String FAMILIES_PROPERTY = "greenautoml.worker.families";

  private TrialWorkerMain() {}

  /** Serves the engine on stdin and stdout until stdin closes. */
  public static void main(String[] args) throws IOException {
    PrintStream protocol =
        new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    System.setOut(System.err); // a library's prints must not corrupt the protocol stream
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    new WorkerSession(protocol).serve(in);
  }
}
