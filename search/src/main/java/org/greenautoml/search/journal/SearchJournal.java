package org.greenautoml.search.journal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.greenautoml.search.schedule.Measurements;
import org.greenautoml.search.schedule.Trial;
import org.greenautoml.search.schedule.TrialOutcome;

/**
 * An append-only JSON-lines journal of one search. Every event is written as one line and forced
 * to disk ({@link FileChannel#force(boolean)}) before the call returns.
 *
 * <p>{@link #open(Path, SearchHeader)} starts a new journal or resumes an existing one: a torn last
 * line (the search was killed mid-write) is dropped, truncated from the file and reported in
 * {@link JournalReplay#tornLine()}; a journal from another search (seed, data fingerprint or space
 * differ) is refused with the difference; a bad line before the last is reported with its line
 * number. Only a resuming search repairs a torn line, and it logs a warning that says so; {@link
 * #read(Path, Measurements.Reader)} reads a journal without ever writing to it. Thread-safe.
 */
public final class SearchJournal implements Closeable {

  private static final System.Logger LOG = System.getLogger(SearchJournal.class.getName());

  private final Path path;
  private final FileChannel channel;
  private final JournalReplay replay;

  private SearchJournal(Path path, FileChannel channel, JournalReplay replay) {
    this.path = path;
    this.channel = channel;
    this.replay = replay;
  }

  /**
   * Opens the journal at {@code path}: a new one (writing the header) if the file is missing or
   * holds no complete header line, otherwise a resumed one.
   *
   * <p>The trials' measurements are read as their JSON form ({@link Measurements#RAW}).
   *
   * @throws JournalMismatchException if the journal belongs to another search
   * @throws JournalException if the journal is corrupt
   * @throws UncheckedIOException if the file cannot be read or written
   */
  public static SearchJournal open(Path path, SearchHeader header) {
    return open(path, header, Measurements.RAW);
  }

  /**
   * Opens the journal at {@code path} as {@link #open(Path, SearchHeader)} does, reading each
   * replayed trial's measurements with {@code reader}. A torn last line is truncated from the file
   * (the only write besides appending events) and a warning is logged.
   *
   * @throws JournalMismatchException if the journal belongs to another search
   * @throws JournalException if the journal is corrupt
   * @throws UncheckedIOException if the file cannot be read or written
   */
  public static SearchJournal open(Path path, SearchHeader header, Measurements.Reader reader) {
    requireNonNull(path, "path");
    requireNonNull(header, "header");
    requireNonNull(reader, "reader");
    FileChannel channel;
    try {
      channel = FileChannel.open(path, StandardOpenOption.CREATE,
          StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open journal " + path, e);
    }
    try {
      JournalReader.Read read =
          JournalReader.read(path, Files.readAllBytes(path), Optional.of(header), reader);
      channel.truncate(read.validBytes());
      channel.position(read.validBytes());
      read.replay().tornLine().ifPresent(line -> LOG.log(System.Logger.Level.WARNING,
          "journal {0}: dropped a torn last line ({1} characters) left by an interrupted write",
          path, line.length()));
      SearchJournal journal = new SearchJournal(path, channel, read.replay());
      if (!read.hasHeader()) {
        journal.append(JournalCodec.header(header));
      }
      return journal;
    } catch (IOException e) {
      closeQuietly(channel);
      throw new UncheckedIOException("cannot open journal " + path, e);
    } catch (RuntimeException e) {
      closeQuietly(channel);
      throw e;
    }
  }

  /**
   * Reads the journal at {@code path} without writing to it: the file is opened for reading only,
   * and a torn last line is reported in {@link JournalReplay#tornLine()} but left where it is (a
   * resuming search's {@link #open} repairs it). The header is the journal's own first line.
   *
   * @throws JournalException if the journal has no complete header line or a line before
   *     the last is not a valid event (the message names the file and line)
   * @throws IOException if the file cannot be read
   */
  public static JournalContents read(Path path, Measurements.Reader reader) throws IOException {
    requireNonNull(path, "path");
    requireNonNull(reader, "reader");
    JournalReader.Read read =
        JournalReader.read(path, Files.readAllBytes(path), Optional.empty(), reader);
    SearchHeader header = read.header().orElseThrow(() -> new JournalException(
        "journal " + path + " has no complete search_started line"));
    return new JournalContents(header, read.replay());
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException suppressed) {
      LOG.log(System.Logger.Level.DEBUG, "closing a journal that failed to open", suppressed);
    }
  }

  /** What the journal held when opened ({@link JournalReplay#EMPTY} for a new one). */
  public JournalReplay replay() {
    return replay;
  }

  /** The journal's file. */
  public Path path() {
    return path;
  }

  /** Records that a trial started, with its reservation. */
  public void trialStarted(Trial trial, double reservedKgCO2e) {
    append(JournalCodec.started(requireNonNull(trial, "trial"), reservedKgCO2e));
  }

  /** Records that a configuration was promoted into {@code trial}'s rung. */
  public void trialPromoted(Trial trial) {
    append(JournalCodec.promoted(requireNonNull(trial, "trial")));
  }

  /** Records how a trial ended: finished with its result, or failed or stopped with its reason. */
  public void trialEnded(TrialOutcome outcome) {
    append(JournalCodec.ended(requireNonNull(outcome, "outcome")));
  }

  /**
   * Records energy the search spent outside trials since its last overhead event, so that a
   * resumed search keeps it charged ({@link JournalReplay#overheadKgCO2e()}).
   *
   * @param joules the energy, in joules, finite and {@code >= 0}
   * @param kgCO2e its footprint as charged to the ledger, finite and {@code >= 0}
   */
  public void overheadCharged(double joules, double kgCO2e) {
    if (!(joules >= 0) || !(kgCO2e >= 0) || Double.isInfinite(joules)
        || Double.isInfinite(kgCO2e)) {
      throw new IllegalArgumentException("overhead must be finite and >= 0, found " + joules
          + " J and " + kgCO2e + " kg CO2e");
    }
    append(JournalCodec.overhead(joules, kgCO2e));
  }

  private synchronized void append(JsonNode event) {
    byte[] line = (event.toString() + "\n").getBytes(StandardCharsets.UTF_8);
    ByteBuffer buffer = ByteBuffer.wrap(line);
    try {
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to journal " + path, e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close journal " + path, e);
    }
  }
}
