package org.packdesk.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reads the author and maintainer fields of the real PyPI JSON samples when the shared data
 * folder is there (skipped otherwise): every address published becomes exactly one person.
 */
class PersonParserRealDataTest {

  private static final Path SAMPLES = Path.of("../shared/data/pypi-json");
  private static final Pattern SOMETHING_AT_SOMETHING = Pattern.compile("[^\\s,;<>()\"]+@[^\\s,;<>()\"]+");
  private static final Map<String, JsonNode> INFOS = new LinkedHashMap<>();

  @BeforeAll
  static void readSamples() throws IOException {
    if (!Files.isDirectory(SAMPLES)) {
      return;
    }
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(SAMPLES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        JsonNode root = json.readTree(file.toFile());
        INFOS.put(root.path("package_name").asText(file.getFileName().toString()), root.path("info"));
      }
    }
  }

  /** Each test reports itself skipped, rather than the class vanishing, without the data. */
  @BeforeEach
  void needSamples() {
    Assumptions.assumeFalse(INFOS.isEmpty(), "no sample data at " + SAMPLES.toAbsolutePath());
  }

  private static String field(JsonNode info, String name) {
    return info.path(name).isTextual() ? info.path(name).asText() : null;
  }

  @Test
  void everyPublishedAddressBecomesOnePerson() {
    for (Map.Entry<String, JsonNode> sample : INFOS.entrySet()) {
      for (String role : List.of("author", "maintainer")) {
        String names = field(sample.getValue(), role);
        String emails = field(sample.getValue(), role + "_email");
        List<Person> people = PersonParser.parse(names, emails);
        String where = sample.getKey() + " " + role;
        Set<String> keys = new HashSet<>();
        for (Person person : people) {
          assertTrue(keys.add(person.email().toLowerCase(Locale.ROOT)), where + ": duplicate " + person);
          assertTrue(person.name() == null || !person.name().isBlank(), where);
        }
        Matcher published = SOMETHING_AT_SOMETHING.matcher(emails == null ? "" : emails);
        while (published.find()) {
          String address = published.group().toLowerCase(Locale.ROOT);
          assertTrue(keys.contains(address), where + ": lost " + address + " from " + people);
        }
      }
    }
  }

  @Test
  void messyRealFieldsPairAsPublished() {
    assertEquals(List.of(new Person("Trent Mick", "trentm@gmail.com"),
            new Person("Sridhar Ratnakumar", "github@srid.name"), new Person("Jeff Rouse", "jr@its.to")),
        parse("appdirs", "author"));
    assertEquals(List.of(new Person("Noah Spurrier", "noah@noah.org"),
            new Person("Thomas Kluyver", "thomas@kluyver.me.uk"),
            new Person("Jeff Quast", "contact@jeffquast.com")),
        parse("pexpect", "author"));
    assertEquals(List.of(new Person("Ilya Etingof", "etingof@gmail.com")), parse("pyasn1", "author"));
    assertEquals(List.of(new Person("NumPy Developers", "numpy-discussion@python.org")),
        parse("numpy", "maintainer"));
    assertEquals(List.of(), parse("numpy", "author"));
    assertEquals(List.of(), parse("pytest", "author"));
  }

  private static List<Person> parse(String pkg, String role) {
    JsonNode info = INFOS.get(pkg);
    assertTrue(info != null, "no sample for " + pkg);
    return PersonParser.parse(field(info, role), field(info, role + "_email"));
  }
}
