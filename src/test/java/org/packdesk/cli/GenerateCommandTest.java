package org.packdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.cli.InfoCommandTest.Result;

/** {@code generate} as a script runs it: the catalog it makes, and what it refuses. */
class GenerateCommandTest {

  @TempDir
  Path dir;

  @Test
  void generatesExactlyTheRequestedCatalogAndSaysWhatItWrote() throws Exception {
    String db = dir.resolve("made").toString();
    Result result = InfoCommandTest.run("generate", "--packages", "30", "--releases", "120", "--downloads", "2000",
        "--seed", "3", "--db", db);
    assertEquals(PackdeskCommand.OK, result.exitCode(), result.err());
    assertTrue(result.out().contains("rows/s"), result.out());
    assertTrue(result.out().contains("releases:          120"), result.out());
    assertTrue(result.err().contains("generate: downloads 2,000 of 2,000"), "progress lines when not on a terminal: "
        + result.err());

    JsonNode info = new ObjectMapper().readTree(InfoCommandTest.run("info", "--json", "--db", db).out());
    assertEquals(30, info.get("packages").asLong());
    assertEquals(120, info.get("releases").asLong());
    assertEquals(2000, info.get("downloads").asLong());
    assertFalse(Files.exists(dir.resolve("made.staging.mv.db")), "nothing is left beside the catalog");
    assertFalse(Files.exists(dir.resolve("made.staging.search")));
    assertTrue(result.err().contains("generate: search index 30 of 30"), "the search index is built: " + result.err());
    Result search = InfoCommandTest.run("search", "--db", db, "--json", "--", "-zzqx");
    assertEquals(30, new ObjectMapper().readTree(search.out()).get("total").asLong(), search.out());
  }

  @Test
  void whatAStoppedRunLeftIsRemovedAndAnEmptyCatalogUnderTheNameIsFilled() throws Exception {
    String db = dir.resolve("made").toString();
    assertEquals(PackdeskCommand.OK, InfoCommandTest.run("info", "--db", db).exitCode()); // an empty catalog
    Files.writeString(dir.resolve("made.staging.mv.db"), "the first pages of a catalog whose generate was killed");

    Result result = InfoCommandTest.run("generate", "--packages", "12", "--releases", "30", "--db", db);
    assertEquals(PackdeskCommand.OK, result.exitCode(), result.err());
    assertTrue(result.err().contains("Removed the unfinished catalog a stopped generate left at "
        + dir.resolve("made.staging.mv.db")), result.err());
    JsonNode info = new ObjectMapper().readTree(InfoCommandTest.run("info", "--json", "--db", db).out());
    assertEquals(12, info.get("packages").asLong());
    assertFalse(Files.exists(dir.resolve("made.staging.mv.db")));
  }

  @Test
  void aCatalogThatHoldsDataIsRefusedAndLeftAlone() throws Exception {
    String db = dir.resolve("made").toString();
    InfoCommandTest.run("generate", "--packages", "5", "--releases", "5", "--db", db);

    Result again = InfoCommandTest.run("generate", "--packages", "8", "--releases", "9", "--seed", "2", "--db", db);
    assertEquals(PackdeskCommand.USAGE_ERROR, again.exitCode());
    assertTrue(again.err().contains("already holds data") && again.err().contains("name a new --db path"), again.err());
    JsonNode info = new ObjectMapper().readTree(InfoCommandTest.run("info", "--json", "--db", db).out());
    assertEquals(5, info.get("packages").asLong());
  }

  @Test
  void fewerReleasesThanPackagesIsAUsageErrorAndCreatesNothing() {
    Result result = InfoCommandTest.run("generate", "--packages", "10", "--releases", "4", "--db",
        dir.resolve("never").toString());
    assertEquals(PackdeskCommand.USAGE_ERROR, result.exitCode());
    assertTrue(result.err().contains("--releases must be at least --packages"), result.err());
    assertFalse(Files.exists(dir.resolve("never.mv.db")));
  }
}
