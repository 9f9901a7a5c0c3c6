package org.packdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.cli.InfoCommandTest.Result;
import org.packdesk.db.CatalogDatabase;

/** {@code search} and {@code reindex} as a script would run them, on the sample catalog. */
class SearchCommandTest {

  @TempDir
  Path dir;
  String db;

  @BeforeEach
  void sample() {
    try (CatalogDatabase catalog = TestCatalogs.open(dir)) {
      TestCatalogs.fillSample(catalog.database());
    }
    db = dir.resolve("catalog").toString();
  }

  @Test
  void printsIdNameLatestVersionAndLicenseInIdOrder() {
    Result result = InfoCommandTest.run("search", "--db", db, "license:BSD-3-Clause OR maintainer:kenneth");
    assertEquals(0, result.exitCode(), result.err());
    List<String> lines = result.out().lines().toList();
    assertEquals(4, lines.size(), result.out());
    assertEquals(List.of("flask", "Flask", "1.0.2", "BSD-3-Clause"), List.of(lines.get(0).split("\\s+")));
    assertEquals(List.of("numpy", "numpy", "1.14.5", "BSD-3-Clause"), List.of(lines.get(1).split("\\s+")));
    assertEquals(List.of("requests", "requests", "2.18.4", "Apache-2.0"), List.of(lines.get(2).split("\\s+")));
    assertEquals("3 of 3 matching packages", lines.get(3));
  }

  @Test
  void jsonHasTheTotalAndTheLimitedPackages() throws Exception {
    Result result = InfoCommandTest.run("search", "--db", db, "--json", "--limit", "1", "--", "-yanked:true");
    assertEquals(0, result.exitCode(), result.err());
    JsonNode json = new ObjectMapper().readTree(result.out());
    assertEquals(2, json.get("total").asLong());
    assertEquals(1, json.get("packages").size());
    JsonNode flask = json.get("packages").get(0);
    assertEquals("flask", flask.get("id").asText());
    assertEquals("Flask", flask.get("name").asText());
    assertEquals("1.0.2", flask.get("latestVersion").asText());
    assertEquals("BSD-3-Clause", flask.get("license").asText());
  }

  @Test
  void aMalformedQueryIsAUsageErrorThatPointsAtTheColumn() {
    Result result = InfoCommandTest.run("search", "--db", db, "http license:");
    assertEquals(PackdeskCommand.USAGE_ERROR, result.exitCode());
    List<String> lines = result.err().lines().toList();
    assertEquals("packdesk: Expected a value after 'license:' at column 14", lines.get(0));
    assertEquals("  http license:", lines.get(1));
    assertEquals("  " + " ".repeat(13) + "^", lines.get(2));
  }

  @Test
  void reindexRebuildsAndSearchStillAgrees() {
    Result reindex = InfoCommandTest.run("reindex", "--db", db);
    assertEquals(0, reindex.exitCode(), reindex.err());
    assertTrue(reindex.out().startsWith("Indexed 3 packages"), reindex.out());
    Result result = InfoCommandTest.run("search", "--db", db, "--json", "python:3.6");
    List<String> ids = new ArrayList<>();
    try {
      new ObjectMapper().readTree(result.out()).get("packages").forEach(p -> ids.add(p.get("id").asText()));
    } catch (Exception e) {
      throw new AssertionError(result.out(), e);
    }
    assertEquals(List.of("numpy", "requests"), ids);
  }
}
