package org.packdesk.importer.generate;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The secondary indexes and foreign keys of the tables a bulk load fills, dropped for the load and
 * made again after it, each as the database described it before. An H2 index kept during a load of
 * random keys (a download's package, a rollup row's release) rewrites a page for almost every row:
 * measured at 1/100 of PyPI's size, the downloads took 4.3 times as long with them as without,
 * while building them afterwards reads each table once and sorts it.
 *
 * <p>Unique indexes and primary keys stay: the load finds rows and refuses duplicates by them.
 * Foreign keys come back without re-checking the rows (H2's NOCHECK): the generator made every row
 * from ids it had just read back ({@code CatalogGeneratorTest} checks that none is orphaned). On
 * databases other than H2 it does nothing. Should the process die before they are back, the catalog
 * is left without them, as it is left half-filled; {@code generate} fills a file beside the catalog's
 * name for that reason ({@link org.packdesk.db.StagedCatalog}), and the next run removes it.
 */
public final class DeferredIndexes implements AutoCloseable {

  /** A non-unique index: its table, name and columns in order (each with " DESC" when descending). */
  record Index(String table, String name, List<String> columns) {
    String createSql() {
      return "create index " + name + " on " + table + " (" + String.join(", ", columns) + ")";
    }
  }

  /** A foreign key: its table, name, columns, the table and columns it refers to, and its rules. */
  record ForeignKey(String table, String name, List<String> columns, String target, List<String> targetColumns,
      String onDelete, String onUpdate) {
    String createSql() {
      return "alter table " + table + " add constraint " + name + " foreign key (" + String.join(", ", columns)
          + ") references " + target + " (" + String.join(", ", targetColumns) + ") on delete " + onDelete
          + " on update " + onUpdate + " nocheck";
    }
  }

  private final Connection connection;
  private final List<Index> indexes;
  private final List<ForeignKey> foreignKeys;

  private DeferredIndexes(Connection connection, List<Index> indexes, List<ForeignKey> foreignKeys) {
    this.connection = connection;
    this.indexes = indexes;
    this.foreignKeys = foreignKeys;
  }

  /**
   * Drops the non-unique indexes and the foreign keys of {@code tables} (names as the schema has
   * them), on {@code connection}, which stays open until {@link #close}.
   */
  public static DeferredIndexes drop(Connection connection, Collection<String> tables) throws SQLException {
    return drop(connection, tables, Set.of());
  }

  /**
   * As {@link #drop(Connection, Collection)}, but keeps the indexes named in {@code inLoadOrder}
   * (in lower case): indexes the load adds to in their own order, so that each new entry lands at the
   * index's end, which costs the load little, while building one afterwards would scan and sort
   * the whole table.
   */
  public static DeferredIndexes drop(Connection connection, Collection<String> tables, Set<String> inLoadOrder)
      throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    if (!"H2".equals(meta.getDatabaseProductName())) {
      return new DeferredIndexes(connection, List.of(), List.of());
    }
    List<Index> indexes = new ArrayList<>();
    List<ForeignKey> foreignKeys = new ArrayList<>();
    for (String table : tables) {
      String name = table.toUpperCase(Locale.ROOT);
      indexesOf(meta, name).stream().filter(index -> !inLoadOrder.contains(index.name().toLowerCase(Locale.ROOT)))
          .forEach(indexes::add);
      foreignKeys.addAll(foreignKeysOf(meta, name));
    }
    try (Statement statement = connection.createStatement()) {
      for (ForeignKey key : foreignKeys) {
        statement.execute("alter table " + key.table() + " drop constraint " + key.name());
      }
      for (Index index : indexes) {
        // an index H2 made for a foreign key went with it
        statement.execute("drop index if exists " + index.name());
      }
    }
    return new DeferredIndexes(connection, new ArrayList<>(indexes), new ArrayList<>(foreignKeys));
  }

  /** The indexes dropped and not yet built again, in the order they come back. */
  List<Index> indexes() {
    return List.copyOf(indexes);
  }

  /** Builds the indexes again, then adds the foreign keys (which use them). */
  @Override
  public void close() throws SQLException {
    rebuild(GenerationProgress.NONE);
  }

  /**
   * Builds the indexes again, then adds the foreign keys, telling {@code progress} after each
   * ("indexes", done, total): at a tenth of PyPI's size this takes minutes. Once done, closing
   * does nothing more.
   */
  public void rebuild(GenerationProgress progress) throws SQLException {
    int total = indexes.size() + foreignKeys.size();
    int done = 0;
    try (Statement statement = connection.createStatement()) {
      while (!indexes.isEmpty()) {
        statement.execute(indexes.get(0).createSql());
        indexes.remove(0);
        progress.advanced("indexes", ++done, total);
      }
      while (!foreignKeys.isEmpty()) {
        statement.execute(foreignKeys.get(0).createSql());
        foreignKeys.remove(0);
        progress.advanced("indexes", ++done, total);
      }
    }
  }

  private static List<Index> indexesOf(DatabaseMetaData meta, String table) throws SQLException {
    Map<String, TreeMap<Integer, String>> columns = new LinkedHashMap<>(); // index name -> columns by position
    try (ResultSet rs = meta.getIndexInfo(null, null, table, false, false)) {
      while (rs.next()) {
        if (rs.getBoolean("NON_UNIQUE") && rs.getString("COLUMN_NAME") != null) {
          columns.computeIfAbsent(rs.getString("INDEX_NAME"), n -> new TreeMap<>()).put(rs.getInt("ORDINAL_POSITION"),
              rs.getString("COLUMN_NAME") + ("D".equals(rs.getString("ASC_OR_DESC")) ? " DESC" : ""));
        }
      }
    }
    List<Index> result = new ArrayList<>();
    columns.forEach((name, byPosition) -> result.add(new Index(table, name, List.copyOf(byPosition.values()))));
    return result;
  }

  private static List<ForeignKey> foreignKeysOf(DatabaseMetaData meta, String table) throws SQLException {
    Map<String, ForeignKey> keys = new LinkedHashMap<>();
    try (ResultSet rs = meta.getImportedKeys(null, null, table)) {
      while (rs.next()) {
        String name = rs.getString("FK_NAME");
        ForeignKey known = keys.get(name);
        List<String> columns = new ArrayList<>(known == null ? List.of() : known.columns());
        List<String> targetColumns = new ArrayList<>(known == null ? List.of() : known.targetColumns());
        columns.add(rs.getString("FKCOLUMN_NAME"));
        targetColumns.add(rs.getString("PKCOLUMN_NAME"));
        keys.put(name, new ForeignKey(table, name, List.copyOf(columns), rs.getString("PKTABLE_NAME"),
            List.copyOf(targetColumns), rule(rs.getShort("DELETE_RULE")), rule(rs.getShort("UPDATE_RULE"))));
      }
    }
    return new ArrayList<>(keys.values());
  }

  private static String rule(short rule) {
    return switch (rule) {
      case DatabaseMetaData.importedKeyCascade -> "cascade";
      case DatabaseMetaData.importedKeySetNull -> "set null";
      case DatabaseMetaData.importedKeySetDefault -> "set default";
      case DatabaseMetaData.importedKeyRestrict -> "restrict";
      default -> "no action";
    };
  }
}
