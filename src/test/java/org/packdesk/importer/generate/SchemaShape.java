package org.packdesk.importer.generate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A catalog's indexes and foreign keys as one comparable text, read from H2's information schema. */
final class SchemaShape {

  private SchemaShape() {
  }

  static String of(Connection connection) throws SQLException {
    List<String> lines = new ArrayList<>();
    read(connection, "select i.table_name, i.index_name, i.index_type_name, c.column_name, c.ordering_specification,"
        + " c.ordinal_position from information_schema.indexes i join information_schema.index_columns c"
        + " on c.index_name = i.index_name and c.table_name = i.table_name and c.index_schema = i.index_schema"
        + " where i.table_schema = 'PUBLIC' and i.index_type_name <> 'PRIMARY KEY'", lines);
    read(connection, "select r.constraint_name, r.unique_constraint_name, r.update_rule, r.delete_rule, k.table_name,"
        + " k.column_name, k.ordinal_position from information_schema.referential_constraints r"
        + " join information_schema.key_column_usage k on k.constraint_name = r.constraint_name"
        + " and k.constraint_schema = r.constraint_schema where r.constraint_schema = 'PUBLIC'", lines);
    Collections.sort(lines);
    return String.join("\n", lines);
  }

  private static void read(Connection connection, String sql, List<String> lines) throws SQLException {
    try (var statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder line = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          line.append(rs.getString(i)).append(' ');
        }
        lines.add(line.toString());
      }
    }
  }
}
