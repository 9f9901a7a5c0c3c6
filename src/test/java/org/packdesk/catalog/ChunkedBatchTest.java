package org.packdesk.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows go to the database a chunk at a time, each chunk followed by its checkpoint, and nothing is lost. */
class ChunkedBatchTest {

  private static final String INSERT = "insert into t (n) values (?)";

  @TempDir
  Path dir;
  private String url;
  private Connection connection;

  @BeforeEach
  void open() throws SQLException {
    url = "jdbc:h2:file:" + dir.resolve("chunks").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
    connection = DriverManager.getConnection(url, "sa", "");
    try (Statement statement = connection.createStatement()) {
      statement.execute("create table t (n int primary key)");
    }
    connection.setAutoCommit(false);
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  @Test
  void eachFullChunkIsSentThenItsCheckpointRunsAndTheRestGoesAtTheFinish() throws SQLException {
    List<Long> seenAtCheckpoints = new ArrayList<>();
    try (ChunkedBatch batch = ChunkedBatch.of(connection, INSERT, () -> seenAtCheckpoints.add(rows(connection)))) {
      for (int n = 0; n < 2_500; n++) {
        batch.statement().setInt(1, n);
        batch.add();
      }
      assertEquals(List.of(1_000L, 2_000L), seenAtCheckpoints, "two full chunks sent while adding");
      batch.finish();
    }
    assertEquals(List.of(1_000L, 2_000L, 2_500L), seenAtCheckpoints);
    assertEquals(2_500L, rows(connection));
  }

  @Test
  void aCommittingCheckpointMakesEachChunkVisibleToOtherConnectionsAtOnce() throws SQLException {
    List<Long> seenByOthers = new ArrayList<>();
    try (Connection other = DriverManager.getConnection(url, "sa", "");
         ChunkedBatch batch = ChunkedBatch.of(connection, INSERT, () -> {
           connection.commit();
           seenByOthers.add(rows(other));
         })) {
      for (int n = 0; n < 2_001; n++) {
        batch.statement().setInt(1, n);
        batch.add();
      }
      assertEquals(2_000L, rows(other), "the last, unfinished chunk is not committed yet");
      batch.finish();
    }
    assertEquals(List.of(1_000L, 2_000L, 2_001L), seenByOthers);
  }

  @Test
  void withoutCheckpointsNothingIsCommittedAndARollbackTakesEveryChunkBack() throws SQLException {
    try (ChunkedBatch batch = ChunkedBatch.of(connection, INSERT, ChunkedBatch.Checkpoint.NONE)) {
      for (int n = 0; n < 1_500; n++) {
        batch.statement().setInt(1, n);
        batch.add();
      }
      batch.finish();
    }
    assertEquals(1_500L, rows(connection));
    connection.rollback();
    assertEquals(0L, rows(connection), "an import's batch stays all-or-nothing");
  }

  @Test
  void aCountingBatchGivesEveryRowsUpdateCountInTheOrderAdded() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("insert into t (n) select x * 2 from system_range(0, 1499)");
    }
    int[] expected = new int[2_300];
    try (ChunkedBatch update = ChunkedBatch.counting(connection, "update t set n = n where n = ?",
        ChunkedBatch.Checkpoint.NONE)) {
      for (int n = 0; n < expected.length; n++) {
        update.statement().setInt(1, n);
        update.add();
        expected[n] = n % 2 == 0 ? 1 : 0; // the even numbers up to 2,998 are there
      }
      assertArrayEquals(expected, update.finishCounting());
    }
  }

  @Test
  void aBatchThatKeepsNoCountsSaysSoInsteadOfAnsweringWrongly() throws SQLException {
    try (ChunkedBatch batch = ChunkedBatch.of(connection, INSERT, ChunkedBatch.Checkpoint.NONE)) {
      batch.statement().setInt(1, 1);
      batch.add();
      assertThrows(IllegalStateException.class, batch::finishCounting);
    }
  }

  private static long rows(Connection on) throws SQLException {
    try (Statement statement = on.createStatement(); ResultSet rs = statement.executeQuery("select count(*) from t")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
