package org.greenautoml.search.journal;

import static java.util.Objects.requireNonNull;

/**
 * A journal as {@link SearchJournal#read} found it, without writing to it.
 *
 * @param header the search the journal belongs to (its first line)
 * @param replay the trials, charges and any torn last line it holds
 */
public record JournalContents(SearchHeader header, JournalReplay replay) {

  /** Checks the parts. */
  public JournalContents {
    requireNonNull(header, "header");
    requireNonNull(replay, "replay");
  }
}
