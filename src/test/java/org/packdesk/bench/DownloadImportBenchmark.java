package org.packdesk.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.packdesk.TestCatalogs;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.importer.DownloadImportReport;
import org.packdesk.importer.DownloadLogImporter;
import org.packdesk.importer.ImportProgress;

/**
 * Download import speed, measured (not a test): writes N synthetic access log lines for the
 * sample catalog (nine in ten are downloads of its files, the rest 404s, HEADs and unknown files),
 * plain and gzip-compressed, and imports each into a fresh catalog, printing lines per second.
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.packdesk.bench.DownloadImportBenchmark -Dexec.args="1000000"
 * </pre>
 */
public final class DownloadImportBenchmark {

  private static final List<String> FILES = List.of("requests-2.18.4.tar.gz", "requests-2.18.4rc1.tar.gz",
      "requests-0.2.0.tar.gz", "flask-1.0.2.tar.gz", "numpy-1.14.5.tar.gz");
  private static final List<String> AGENTS = List.of(
      pip("3.6.5", "Linux", "x86_64"), pip("2.7.15", "Linux", "x86_64"), pip("3.7.0", "Darwin", "x86_64"),
      pip("3.7.1", "Windows", "AMD64"), "bandersnatch/3.1.3 (CPython 3.7.0-final0, Linux x86_64)", "curl/7.58.0",
      "Mozilla/5.0 (X11; Linux x86_64; rv:63.0) Gecko/20100101 Firefox/63.0");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH)
      .withZone(ZoneOffset.UTC);

  private DownloadImportBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int lines = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path work = Files.createTempDirectory("packdesk-download-bench");
    Path plain = work.resolve("access.log");
    Path gzip = work.resolve("access.log.gz");
    write(plain, lines, false);
    write(gzip, lines, true);
    System.out.printf("%,d synthetic lines (%,d KB plain, %,d KB gzip) in %s%n", lines, Files.size(plain) / 1024,
        Files.size(gzip) / 1024, work);
    run("warm-up", work.resolve("warm"), plain);
    run("plain", work.resolve("plain"), plain);
    run("gzip", work.resolve("gzip"), gzip);
  }

  private static void run(String label, Path catalogDir, Path log) {
    try (CatalogDatabase catalog = TestCatalogs.open(catalogDir)) {
      TestCatalogs.fillSample(catalog.database());
      long start = System.nanoTime();
      DownloadImportReport report = new DownloadLogImporter(catalog.database(), "bench", true)
          .importFiles(List.of(log), ImportProgress.NONE, () -> false);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("%-8s %,d lines, %,d downloads, %,d skipped in %.2f s: %,.0f lines/s%n", label,
          report.linesRead(), report.downloads(), report.skippedLines(), seconds, report.linesRead() / seconds);
    }
  }

  private static void write(Path file, int lines, boolean compressed) throws IOException {
    Random random = new Random(42);
    long second = Instant.parse("2018-10-01T00:00:00Z").getEpochSecond();
    try (Writer out = new BufferedWriter(new OutputStreamWriter(compressed
        ? new GZIPOutputStream(Files.newOutputStream(file), 1 << 16) : Files.newOutputStream(file), StandardCharsets.UTF_8),
        1 << 16)) {
      for (int i = 0; i < lines; i++) {
        second += random.nextInt(3); // a few downloads a second, over about a month per million lines
        int kind = random.nextInt(20);
        String method = kind == 0 ? "HEAD" : "GET";
        String status = kind == 1 ? "404" : "200";
        String name = kind == 2 ? "django-2.1.tar.gz" : FILES.get(random.nextInt(FILES.size()));
        out.write(String.format("%d.%d.%d.%d - - [%s] \"%s /packages/ab/cd/%s HTTP/1.1\" %s %d \"-\" \"%s\"%n",
            random.nextInt(223) + 1, random.nextInt(256), random.nextInt(256), random.nextInt(256),
            TIME.format(Instant.ofEpochSecond(second)), method, name, status, 1000 + random.nextInt(50_000),
            AGENTS.get(random.nextInt(AGENTS.size()))));
      }
    }
  }

  private static String pip(String python, String system, String cpu) {
    return ("pip/18.1 {'ci':null,'cpu':'" + cpu + "','implementation':{'name':'CPython','version':'" + python
        + "'},'installer':{'name':'pip','version':'18.1'},'python':'" + python + "','system':{'name':'" + system
        + "','release':'4.15'}}").replace("'", "\\\"");
  }
}
