package org.packdesk.importer.generate;

import io.ebean.Database;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A SHA-256 of every row of a catalog's data tables, in id order, leaving out only the columns
 * that hold the wall-clock time of the writing (when a user, license or journal entry was
 * created): two catalogs with the same digest hold the same data.
 */
final class CatalogDigest {

  private static final Set<String> CLOCK_COLUMNS = Set.of("users.created_date", "licenses.created_date",
      "languages.created_date", "maintainers.created_date", "auditing.happened_at", "download_imports.imported_at");

  private CatalogDigest() {
  }

  /** The digest of each table, by name (a map, so that a failing comparison shows which table differs). */
  static Map<String, String> of(Database db) throws SQLException, NoSuchAlgorithmException {
    Map<String, String> digests = new LinkedHashMap<>();
    try (var txn = db.beginTransaction()) {
      Connection c = txn.connection();
      for (String table : CatalogGenerator.TABLES) {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select * from " + table + " order by 1, 2")) {
          ResultSetMetaData meta = rs.getMetaData();
          while (rs.next()) {
            for (int i = 1; i <= meta.getColumnCount(); i++) {
              if (!CLOCK_COLUMNS.contains(table + "." + meta.getColumnName(i).toLowerCase())) {
                digest.update(String.valueOf(rs.getString(i)).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
              }
            }
          }
        }
        digests.put(table, HexFormat.of().formatHex(digest.digest()));
      }
    }
    return digests;
  }
}
