package org.greenautoml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.greenautoml.data.DatasetException;
import org.greenautoml.energy.EnergyException;
import org.greenautoml.errors.GreenAutoMLException;
import org.greenautoml.search.journal.JournalMismatchException;
import org.junit.jupiter.api.Test;

final class CliErrorsTest {

  @Test
  void userMessage_everyGreenAutoMLExceptionSubtype_isAUserError() {
    assertThat(CliErrors.userMessage(DatasetException.at(Path.of("a.csv"), 3, "bad cell")))
        .contains("a.csv, line 3: bad cell");
    assertThat(CliErrors.userMessage(new EnergyException("no counter"))).contains("no counter");
    assertThat(CliErrors.userMessage(new JournalMismatchException("another search")))
        .contains("another search");
    assertThat(CliErrors.userMessage(new GreenAutoMLException("two\n  lines"))).contains("two lines");
  }

  @Test
  void userMessage_otherTypes_areInternalWhateverTheirMessage() {
    assertThat(CliErrors.userMessage(new IllegalArgumentException("cannot be resumed"))).isEmpty();
    assertThat(CliErrors.userMessage(new IllegalStateException("journal x line 2"))).isEmpty();
  }

  @Test
  void userMessage_wrappedInUncheckedIo_looksAtTheCause() {
    UncheckedIOException wrapped =
        new UncheckedIOException(new java.nio.file.NoSuchFileException("gone.csv"));
    assertThat(CliErrors.userMessage(wrapped)).contains("no such file: gone.csv");
  }
}
