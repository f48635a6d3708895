package org.greenautoml.data;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A finished table still in the reader's chunks: either copied into one {@link TabularData}
 * ({@link #toTable}), or read as consecutive blocks of {@link Chunks#SIZE} rows, each a {@link
 * TabularData} whose columns share one schema per column, which lets {@link
 * TabularReader#readDataset} encode a file without ever holding the whole table and the whole
 * dataset at once. Not thread-safe.
 */
final class TableChunks {

  private final String source;
  private final ChunkedColumn[] features;
  private final ChunkedColumn target;
  private final int rows;

  TableChunks(String source, ChunkedColumn[] features, ChunkedColumn target, int rows) {
    this.source = source;
    this.features = features;
    this.target = target;
    this.rows = rows;
  }

  String source() {
    return source;
  }

  int rows() {
    return rows;
  }

  /** The whole table in exact arrays; the chunks are dropped as they are copied. */
  TabularData toTable() {
    Column[] columns = new Column[features.length];
    for (int i = 0; i < columns.length; i++) {
      columns[i] = features[i].toColumn();
    }
    return new TabularData(source, columns, target.toColumn(), null, rows);
  }

  /** Every block, in row order, keeping the chunks. */
  List<TabularData> blocks() {
    List<TabularData> out = new ArrayList<>();
    for (int k = 0; k < blockCount(); k++) {
      out.add(block(k));
    }
    return out;
  }

  /**
   * The blocks in row order, each block's chunks released once the next block is asked for (and
   * the last one's when the iteration ends), so that a consumer that keeps no block holds one
   * block of the table at a time.
   */
  Iterator<TabularData> releasingBlocks() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        if (next > 0 && next <= blockCount()) {
          release(next - 1);
        }
        return next < blockCount();
      }

      @Override
      public TabularData next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return block(next++);
      }
    };
  }

  private int blockCount() {
    return (rows + Chunks.SIZE - 1) / Chunks.SIZE;
  }

  private TabularData block(int k) {
    Column[] columns = new Column[features.length];
    for (int i = 0; i < columns.length; i++) {
      columns[i] = features[i].block(k);
    }
    int blockRows = Math.min(Chunks.SIZE, rows - k * Chunks.SIZE);
    return new TabularData(source, columns, target.block(k), null, blockRows);
  }

  private void release(int k) {
    for (ChunkedColumn c : features) {
      c.release(k);
    }
    target.release(k);
  }
}
