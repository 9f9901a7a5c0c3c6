package org.packdesk.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the normaliser over the real PyPI JSON samples when the shared data folder is there
 * (skipped otherwise): every package with a license text or classifier gets a license, the
 * known ones map as they must, and the table in real-licenses.csv still matches the files.
 */
class LicenseNormalizerRealDataTest {

  private static final Path SAMPLES = Path.of("../shared/data/pypi-json");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static List<Sample> samples;

  /** One file: the package it is named for and its {@code info} object. */
  private record Sample(String pkg, JsonNode info) {
  }

  @BeforeAll
  static void readSamples() throws IOException {
    samples = new ArrayList<>();
    if (!Files.isDirectory(SAMPLES)) {
      return;
    }
    try (Stream<Path> files = Files.list(SAMPLES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        JsonNode root = JSON.readTree(file.toFile());
        String fileName = file.getFileName().toString().replaceFirst("\\.json$", "");
        samples.add(new Sample(root.path("package_name").asText(fileName), root.path("info")));
      }
    }
  }

  /** Each test reports itself skipped, rather than the class vanishing, without the data. */
  @BeforeEach
  void needSamples() {
    Assumptions.assumeFalse(samples.isEmpty(), "no sample data at " + SAMPLES.toAbsolutePath());
  }

  private static String text(JsonNode info, String field) {
    JsonNode node = info.path(field);
    return node.isTextual() ? node.asText() : null;
  }

  private static List<String> classifiers(JsonNode info) {
    List<String> classifiers = new ArrayList<>();
    info.path("classifiers").forEach(c -> classifiers.add(c.asText()));
    return classifiers;
  }

  private static NormalizedLicense normalize(JsonNode info) {
    return new LicenseNormalizer().normalize(text(info, "license"), classifiers(info), text(info, "name"));
  }

  @Test
  void everyPackageWithLicenseMetadataGetsALicense() {
    for (Sample sample : samples) {
      String pkg = sample.pkg();
      JsonNode info = sample.info();
      String text = text(info, "license");
      boolean hasText = text != null && !text.isBlank() && !text.strip().equalsIgnoreCase("UNKNOWN");
      boolean hasClassifier = classifiers(info).stream().anyMatch(c -> c.startsWith("License ::"));
      NormalizedLicense license = normalize(info);
      if (hasText || hasClassifier) {
        assertNotNull(license, pkg);
        assertTrue(license.id().length() <= LicenseNormalizer.MAX_ID_LENGTH, pkg);
        assertTrue(!license.id().isBlank() && license.description() != null, pkg);
      }
    }
  }

  @Test
  void requestsIsApacheAndSqlalchemyIsMit() {
    assertEquals("Apache-2.0", normalize(info("requests")).id());
    assertEquals("MIT", normalize(info("sqlalchemy")).id());
  }

  @Test
  void theTableOfRealLicensesMatchesTheFiles() {
    Map<String, LicenseFixtures.Row> table = LicenseFixtures.realLicenses();
    assertEquals(samples.size(), table.size(), "one row per sample file");
    for (Sample sample : samples) {
      String pkg = sample.pkg();
      JsonNode info = sample.info();
      LicenseFixtures.Row row = table.get(pkg);
      assertNotNull(row, "no row for " + pkg);
      String text = text(info, "license");
      assertEquals(text == null ? "" : text, row.text(), pkg);
      List<String> licenseClassifiers = classifiers(info).stream()
          .filter(c -> c.startsWith("License ::")).toList();
      assertEquals(licenseClassifiers, row.classifiers(), pkg);
      assertEquals(row.expected(), normalize(info).id(), pkg);
    }
  }

  private static JsonNode info(String pkg) {
    return samples.stream().filter(s -> s.pkg().equals(pkg)).map(Sample::info).findFirst()
        .orElseThrow(() -> new AssertionError("no sample for " + pkg));
  }
}
