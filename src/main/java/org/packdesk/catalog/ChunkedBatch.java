package org.packdesk.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * A prepared statement's rows sent to the database in JDBC batches of {@link #ROWS}, with a
 * {@link Checkpoint} after each: nothing for an import, whose batch commits (or rolls back) whole;
 * a commit for a bulk load into a staged file, which is thrown away whole if the load fails.
 *
 * <p>Why a load commits that often: H2 keeps only about 19 MB of unsaved changes in memory. A
 * transaction larger than that has its rows written to the file uncommitted, with an undo record
 * each, and the commit then reads every such row back to mark it committed and writes it again.
 * Measured on a compressed file, two million download rows took 16.7 s in transactions of a
 * million and 9.1 s in transactions of a thousand.
 */
public final class ChunkedBatch implements AutoCloseable {

  /** Rows per JDBC batch, and between two checkpoints. */
  public static final int ROWS = 1_000;

  /** What runs after each chunk of rows reached the database. */
  @FunctionalInterface
  public interface Checkpoint {
    /** Nothing: the rows stay on the caller's transaction until it commits. */
    Checkpoint NONE = () -> { };

    void reached() throws SQLException;
  }

  private final PreparedStatement statement;
  private final Checkpoint checkpoint;
  private final boolean counting;
  private int pending;
  private int[] counts = new int[0];
  private int counted;

  private ChunkedBatch(Connection connection, String sql, Checkpoint checkpoint, boolean counting)
      throws SQLException {
    this.statement = connection.prepareStatement(sql);
    this.checkpoint = checkpoint;
    this.counting = counting;
  }

  /** A batch of rows whose update counts nobody reads (inserts). */
  public static ChunkedBatch of(Connection connection, String sql, Checkpoint checkpoint) throws SQLException {
    return new ChunkedBatch(connection, sql, checkpoint, false);
  }

  /** A batch that keeps every row's update count, for {@link #finishCounting} (updates that may find no row). */
  public static ChunkedBatch counting(Connection connection, String sql, Checkpoint checkpoint) throws SQLException {
    return new ChunkedBatch(connection, sql, checkpoint, true);
  }

  /** The statement whose parameters the caller sets before each {@link #add}. */
  public PreparedStatement statement() {
    return statement;
  }

  /** Adds the row whose parameters are set; sends the chunk when it is full. */
  public void add() throws SQLException {
    statement.addBatch();
    if (++pending == ROWS) {
      send();
    }
  }

  /** Sends the rows not sent yet. */
  public void finish() throws SQLException {
    send();
  }

  /** As {@link #finish}, and returns the update count of every row added, in the order added. */
  public int[] finishCounting() throws SQLException {
    if (!counting) {
      throw new IllegalStateException("This batch does not keep its update counts");
    }
    send();
    return Arrays.copyOf(counts, counted);
  }

  private void send() throws SQLException {
    if (pending == 0) {
      return;
    }
    int[] sent = statement.executeBatch();
    if (counting) {
      if (counted + sent.length > counts.length) {
        counts = Arrays.copyOf(counts, Math.max(2 * counts.length, counted + sent.length));
      }
      System.arraycopy(sent, 0, counts, counted, sent.length);
      counted += sent.length;
    }
    pending = 0;
    checkpoint.reached();
  }

  @Override
  public void close() throws SQLException {
    statement.close();
  }
}
