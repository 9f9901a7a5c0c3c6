package org.packdesk.db;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source whose connection pool is made later: Ebean starts over it (reading the
 * entities' deployment needs no connection) while the catalog file is opened and migrated, and
 * a connection asked for before the pool exists waits for it.
 */
final class DeferredDataSource implements DataSource {

  private final CompletableFuture<? extends DataSource> pool;

  DeferredDataSource(CompletableFuture<? extends DataSource> pool) {
    this.pool = pool;
  }

  private DataSource pool() throws SQLException {
    try {
      return pool.join();
    } catch (CompletionException e) {
      throw new SQLException("The catalog did not open: " + e.getCause().getMessage(), e.getCause());
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    return pool().getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return pool().getConnection(username, password);
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // the pool logs through SLF4J
  }

  @Override
  public void setLoginTimeout(int seconds) {
    // the pool has its own timeouts
  }

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("The pool logs through SLF4J");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    return pool().unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || pool().isWrapperFor(type);
  }
}
