package org.greenautoml.data;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;

/**
 * Collects the fields FastCSV hands over (https://fastcsv.org, callback handlers) into one reused
 * {@link FieldRow}; the row is valid until the reader fetches the next record. With {@code
 * trimUnquoted} (ARFF), white space around an unquoted value is dropped, as Weka does.
 * Not thread-safe.
 */
final class RowHandler extends AbstractBaseCsvCallbackHandler<FieldRow> {

  private final FieldRow row = new FieldRow();
  private final boolean trimUnquoted;

  RowHandler(boolean trimUnquoted) {
    this.trimUnquoted = trimUnquoted;
  }

  @Override
  protected void handleBegin(long startingLineNumber) {
    row.begin(startingLineNumber);
  }

  @Override
  protected void handleField(int index, char[] buf, int off, int len, boolean quoted) {
    if (!trimUnquoted || quoted) {
      row.add(buf, off, len);
      return;
    }
    int from = off;
    int to = off + len;
    while (from < to && Character.isWhitespace(buf[from])) {
      from++;
    }
    while (to > from && Character.isWhitespace(buf[to - 1])) {
      to--;
    }
    row.add(buf, from, to - from);
  }

  @Override
  protected FieldRow buildRecord() {
    return row;
  }
}
