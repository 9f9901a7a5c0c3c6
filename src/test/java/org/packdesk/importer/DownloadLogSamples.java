package org.packdesk.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Real-looking download log lines and files for the sample catalog of {@code TestCatalogs}. */
public final class DownloadLogSamples {

  public static final String PIP_AGENT = "pip/18.1 {\\\"ci\\\":null,\\\"cpu\\\":\\\"x86_64\\\",\\\"distro\\\":{\\\"name\\\":"
      + "\\\"Ubuntu\\\",\\\"version\\\":\\\"18.04\\\"},\\\"implementation\\\":{\\\"name\\\":\\\"CPython\\\","
      + "\\\"version\\\":\\\"3.6.5\\\"},\\\"installer\\\":{\\\"name\\\":\\\"pip\\\",\\\"version\\\":\\\"18.1\\\"},"
      + "\\\"python\\\":\\\"3.6.5\\\",\\\"system\\\":{\\\"name\\\":\\\"Linux\\\",\\\"release\\\":\\\"4.15\\\"}}";

  /** Six downloads (4 requests 2.18.4 on two days, 1 flask, 1 numpy) and seven lines that do not count. */
  public static final String ACCESS_LOG = String.join("\n",
      "203.0.113.9 - - [10/Oct/2018:13:55:36 +0000] \"GET /packages/ab/cd/requests-2.18.4.tar.gz HTTP/1.1\" 200 51234 \"-\" \""
          + PIP_AGENT + "\"",
      "203.0.113.10 - - [10/Oct/2018:13:55:37 +0000] \"GET /packages/ab/cd/requests-2.18.4.tar.gz HTTP/1.1\" 304 0 \"-\" \""
          + PIP_AGENT + "\"",
      "2001:db8:85a3:8d3:1319:8a2e:370:7348 - - [10/Oct/2018:23:59:59 +0000] \"GET /packages/source/r/requests/requests-2.18.4.tar.gz HTTP/1.1\" 200 51234 \"-\" \"bandersnatch/3.1.3 (CPython 3.7.0-final0, Linux x86_64)\"",
      "198.51.100.7 - - [11/Oct/2018:01:00:00 +0200] \"GET /packages/ef/01/flask-1.0.2.tar.gz HTTP/1.1\" 200 9000 \"-\" \"curl/7.58.0\"",
      "198.51.100.8 - - [11/Oct/2018:08:00:00 +0000] \"GET /packages/ef/01/requests-2.18.4.tar.gz?x=1 HTTP/2.0\" 200 51234 \"https://example.org/\" \"pip/9.0.1 {not json at all\"",
      "198.51.100.9 - - [11/Oct/2018:09:00:00 +0000] \"GET /packages/12/34/numpy-1.14.5.tar.gz HTTP/1.1\" 200 100 \"-\" \"pip/1.5.6 CPython/2.7.6 Linux/3.13.0-24-generic\"",
      "198.51.100.10 - - [11/Oct/2018:09:00:01 +0000] \"HEAD /packages/12/34/numpy-1.14.5.tar.gz HTTP/1.1\" 200 0 \"-\" \"curl/7.58.0\"",
      "198.51.100.11 - - [11/Oct/2018:09:00:02 +0000] \"GET /packages/12/34/numpy-9.9.9.tar.gz HTTP/1.1\" 404 0 \"-\" \"curl/7.58.0\"",
      "198.51.100.12 - - [11/Oct/2018:09:00:03 +0000] \"GET /packages/12/34/django-2.1.tar.gz HTTP/1.1\" 200 10 \"-\" \"curl/7.58.0\"",
      "198.51.100.13 - - [32/Oct/2018:09:00:04 +0000] \"GET /packages/12/34/flask-1.0.2.tar.gz HTTP/1.1\" 200 10 \"-\" \"curl/7.58.0\"",
      "198.51.100.14 - - [11/Oct/2018:09:00:05 +0000] \"GET /simple/requests/ HTTP/1.1\" 200 10 \"-\" \"pip/18.1\"",
      "198.51.100.15 - - [11/Oct/2018:09:00:06 +0000] \"GET /packages/12/34/flask-1.0.2.tar.gz HTTP/1.1\" 200 10 \"-\" \"pip/18.1 {\\\"trunc",
      "this line is not a log line at all",
      "") + "\n";

  public static final String CSV = String.join("\n",
      "timestamp,country_code,url,project,file.filename,file.project,file.version,file.type,details.installer.name,"
          + "details.installer.version,details.python,details.implementation.name,details.system.name,details.cpu,tls_protocol",
      "2018-06-01 12:34:56 UTC,US,/packages/ab/cd/requests-2.18.4.tar.gz,requests,requests-2.18.4.tar.gz,requests,2.18.4,"
          + "sdist,pip,18.0,3.6.5,CPython,Linux,x86_64,TLSv1.2",
      "2018-06-01T23:00:00Z,DE,/packages/x/numpy-1.14.5.tar.gz,numpy,numpy-1.14.5.tar.gz,numpy,1.14.5,sdist,pip,10.0.1,"
          + "2.7.15,CPython,Windows,AMD64,TLSv1.2",
      "2018-06-02 00:00:01.123456 UTC,FR,/packages/x/flask-1.0.2.tar.gz,flask,flask-1.0.2.tar.gz,flask,1.0.2,sdist,"
          + "bandersnatch,3.1.3,,,,,TLSv1.2",
      "yesterday,US,/packages/x/flask-1.0.2.tar.gz,flask,flask-1.0.2.tar.gz,flask,1.0.2,sdist,pip,18.0,3.7.0,CPython,Darwin,x86_64,TLSv1.2",
      "2018-06-02 00:00:02 UTC,US,/packages/x/django-2.1.tar.gz,django,django-2.1.tar.gz,django,2.1,sdist,pip,18.0,3.7.0,CPython,Darwin,x86_64,TLSv1.2",
      "2018-06-02 00:00:03 UTC,US,short row",
      "") + "\n";

  private DownloadLogSamples() {
  }

  /** A successful download of {@code file} at {@code time} in Combined Log Format, by pip on Linux. */
  public static String accessLine(String address, java.time.Instant time, String file) {
    return address + " - - [" + java.time.format.DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", java.util.Locale.ROOT)
        .withZone(java.time.ZoneOffset.UTC).format(time) + "] \"GET /packages/ab/cd/" + file + " HTTP/1.1\" 200 1000 \"-\" \""
        + PIP_AGENT + "\"";
  }

  /** Imports {@code text} as an access log into the catalog, as the CLI does. */
  public static DownloadImportReport importLog(io.ebean.Database db, Path dir, String text) throws IOException {
    Path log = write(dir, "access-" + System.nanoTime() + ".log", text);
    return new DownloadLogImporter(db, "tester", false).importFiles(java.util.List.of(log), ImportProgress.NONE, () -> false);
  }

  public static Path write(Path dir, String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  public static Path writeGzip(Path dir, String name, String text) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }
}
