package org.packdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.db.MigrationTest;

/** {@code info} and {@code migrate} as a script would run them. */
class InfoCommandTest {

  @TempDir
  Path dir;

  record Result(int exitCode, String out, String err) {
  }

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = PackdeskCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void infoJsonOnANewCatalogReportsSchemaVersionAndZeroCounts() throws Exception {
    Result result = run("info", "--json", "--db", dir.resolve("fresh").toString());
    assertEquals(0, result.exitCode(), result.err());
    JsonNode json = new ObjectMapper().readTree(result.out());
    assertEquals(MigrationTest.LATEST, json.get("schemaVersion").asText());
    for (String key : new String[] {"packages", "releases", "users", "maintainers", "languages", "licenses", "downloads"}) {
      assertEquals(0, json.get(key).asLong(), key);
    }
    assertEquals(dir.resolve("fresh.mv.db").toString(), json.get("location").asText());
  }

  @Test
  void infoJsonCountsWhatTheCatalogHolds() throws Exception {
    try (CatalogDatabase catalog = TestCatalogs.open(dir)) {
      TestCatalogs.fillSample(catalog.database());
    }
    Result result = run("info", "--json", "--db", dir.resolve("catalog.mv.db").toString());
    JsonNode json = new ObjectMapper().readTree(result.out());
    assertEquals(3, json.get("packages").asLong());
    assertEquals(5, json.get("releases").asLong());
    assertEquals(2, json.get("users").asLong());
    assertEquals(3, json.get("maintainers").asLong());
    assertEquals(2, json.get("languages").asLong());
    assertEquals(2, json.get("licenses").asLong());
    assertEquals(3, json.get("downloads").asLong());
  }

  @Test
  void infoAsTextNamesTheCatalog() {
    Result result = run("info", "--db", dir.resolve("text").toString());
    assertEquals(0, result.exitCode());
    assertTrue(result.out().contains("Schema version: " + MigrationTest.LATEST), result.out());
    assertTrue(result.out().contains("packages:"), result.out());
  }

  @Test
  void migrateCreatesThenFindsNothingToDo() {
    String db = dir.resolve("m").toString();
    Result first = run("migrate", "--db", db);
    assertTrue(first.out().startsWith("Created"), first.out());
    Result second = run("migrate", "--db", db);
    assertTrue(second.out().contains("is up to date at schema " + MigrationTest.LATEST), second.out());
  }

  @Test
  void unknownOptionIsAUsageError() {
    Result result = run("info", "--frobnicate");
    assertEquals(2, result.exitCode());
    assertTrue(result.err().contains("Unknown option"), result.err());
  }

  @Test
  void unsupportedDatabaseUrlIsAConfigurationError() {
    Result result = run("info", "--db", "jdbc:sqlite:/tmp/nothing.db");
    assertEquals(2, result.exitCode());
    assertTrue(result.err().contains("only H2 files and PostgreSQL"), result.err());
  }

  @Test
  void aSecondProcessOnAnOpenCatalogGetsAClearMessage() throws Exception {
    try (CatalogDatabase held = TestCatalogs.open(dir)) {
      held.database().sqlQuery("select count(*) from packages").mapToScalar(Long.class).findOne();
      Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), "-Dpackdesk.logDir=" + dir.resolve("logs"),
          "org.packdesk.Launcher", "info", "--db", dir.resolve("catalog").toString())
          .redirectErrorStream(true).start();
      assertTrue(other.waitFor(60, TimeUnit.SECONDS), "the second process ends by itself");
      String output = new String(other.getInputStream().readAllBytes());
      assertEquals(2, other.exitValue(), output);
      assertTrue(output.contains("already open in another Packdesk"), output);
    }
    // and the catalog is intact for its owner afterwards
    try (CatalogDatabase again = TestCatalogs.open(dir)) {
      assertEquals(MigrationTest.LATEST, again.schemaVersion());
    }
  }

  @Test
  void launcherTellsCommandsFromGuiArguments() {
    assertTrue(PackdeskCommand.isHeadless(new String[] {"info"}));
    assertTrue(PackdeskCommand.isHeadless(new String[] {"--db", "x", "info"}));
    assertTrue(PackdeskCommand.isHeadless(new String[] {"--help"}));
    assertEquals(false, PackdeskCommand.isHeadless(new String[] {}));
    assertEquals(false, PackdeskCommand.isHeadless(new String[] {"--db", "/tmp/x"}));
    assertEquals(false, PackdeskCommand.isHeadless(new String[] {"--db=/tmp/x"}));
  }
}
