package org.greenautoml.trial.worker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One worker JVM seen from the engine: its stdin to write messages to, a reader thread that
 * queues its protocol messages, and a drainer that keeps the tail of its stderr to tell an
 * out-of-memory death from another crash.
 */
final class WorkerProcess {

  private static final System.Logger LOG = System.getLogger(WorkerProcess.class.getName());
  private static final int STDERR_TAIL_LINES = 40;
  /** The exit code of a JVM started with {@code -XX:+ExitOnOutOfMemoryError}. */
  private static final int OUT_OF_MEMORY_EXIT = 3;

  private final Process process;
  private final Writer stdin;
  private final int heapMegabytes;
  private final BlockingQueue<Optional<JsonNode>> messages = new LinkedBlockingQueue<>();
  private final Deque<String> stderrTail = new ArrayDeque<>();

  private WorkerProcess(Process process, int heapMegabytes) {
    this.process = process;
    this.heapMegabytes = heapMegabytes;
    this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    daemon("greenautoml-worker-stdout-" + process.pid(), this::readStdout).start();
    daemon("greenautoml-worker-stderr-" + process.pid(), this::drainStderr).start();
  }

  /** Starts {@code command}, a worker JVM with a heap cap of {@code heapMegabytes}. */
  static WorkerProcess start(List<String> command, int heapMegabytes) {
    try {
      return new WorkerProcess(new ProcessBuilder(command).start(), heapMegabytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a trial worker: " + String.join(" ", command), e);
    }
  }

  long pid() {
    return process.pid();
  }

  /** Sends one message; false when the worker is gone. */
  boolean send(ObjectNode message) {
    try {
      stdin.write(message.toString());
      stdin.write('\n');
      stdin.flush();
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The next message, waiting up to {@code millis}: empty when none came in time; an empty inner
   * optional when the worker's stdout closed (it died or exited).
   */
  Optional<Optional<JsonNode>> poll(long millis) throws InterruptedException {
    return Optional.ofNullable(messages.poll(millis, TimeUnit.MILLISECONDS));
  }

  /** Kills the worker at once and waits for it to be gone. */
  void kill() {
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Asks the worker to end, and kills it if it has not within a second. */
  void shutdown() {
    ObjectNode bye = WorkerProtocol.message(WorkerProtocol.SHUTDOWN);
    send(bye);
    try {
      stdin.close();
      if (!process.waitFor(1, TimeUnit.SECONDS)) {
        kill();
      }
    } catch (IOException e) {
      kill();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      kill();
    }
  }

  /** Why the worker is gone, in one line; waits briefly for its exit code. */
  String deathReason() {
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        kill();
        return "worker stopped answering; killed";
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      kill();
      return "interrupted while waiting for a dead worker; killed";
    }
    int code = process.exitValue();
    String tail = stderrTail();
    if (code == OUT_OF_MEMORY_EXIT || tail.contains("OutOfMemoryError")) {
      return "worker ran out of memory (heap cap " + heapMegabytes + " MB)";
    }
    return "worker crashed with exit code " + code;
  }

  private void readStdout() {
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        Optional<JsonNode> message = WorkerProtocol.parse(line);
        if (message.isPresent()) {
          messages.add(message);
        } else {
          LOG.log(System.Logger.Level.DEBUG, "worker {0} stdout: {1}", process.pid(), line);
        }
      }
    } catch (IOException e) {
      LOG.log(System.Logger.Level.DEBUG, "worker {0} stdout closed: {1}", process.pid(), e);
    } finally {
      messages.add(Optional.empty());
    }
  }

  private void drainStderr() {
    try (BufferedReader err = new BufferedReader(
        new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line = err.readLine(); line != null; line = err.readLine()) {
        LOG.log(System.Logger.Level.DEBUG, "worker {0}: {1}", process.pid(), line);
        synchronized (stderrTail) {
          stderrTail.addLast(line);
          if (stderrTail.size() > STDERR_TAIL_LINES) {
            stderrTail.removeFirst();
          }
        }
      }
    } catch (IOException e) {
      LOG.log(System.Logger.Level.DEBUG, "worker {0} stderr closed: {1}", process.pid(), e);
    }
  }

  private String stderrTail() {
    synchronized (stderrTail) {
      return String.join("\n", stderrTail);
    }
  }

  private static Thread daemon(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    return thread;
  }
}
