package org.packdesk.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The license table of the 64 real PyPI files ({@code real-licenses.csv}), read the way the
 * parameterized test reads it, so the real-data test can check the table against the files.
 */
final class LicenseFixtures {

  static final String OSI = "License :: OSI Approved :: ";

  /** One row: the package, its published text and classifiers, and the id it must get. */
  record Row(String pkg, String text, List<String> classifiers, String expected) {
  }

  private LicenseFixtures() {
  }

  /** Classifiers written in the table: ";"-separated, {@code OSI: } standing for {@link #OSI}. */
  static List<String> classifiers(String cell) {
    if (cell == null || cell.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(cell.split(";"))
        .map(String::strip)
        .map(c -> c.startsWith("OSI: ") ? OSI + c.substring(5) : c)
        .toList();
  }

  static Map<String, Row> realLicenses() {
    Map<String, Row> rows = new LinkedHashMap<>();
    try (InputStream in = LicenseFixtures.class.getResourceAsStream("real-licenses.csv")) {
      String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : csv.split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> cells = new ArrayList<>();
        for (String cell : line.split("\\|", -1)) {
          String c = cell.strip();
          cells.add(c.equals("\"\"") ? "" : c);
        }
        rows.put(cells.get(0), new Row(cells.get(0), cells.get(1), classifiers(cells.get(2)), cells.get(3)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
