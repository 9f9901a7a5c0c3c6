package org.packdesk.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The log line, CSV time, user agent and address rules, without a database. */
class DownloadLogParsingTest {

  private final AccessLogRecords log = new AccessLogRecords(null, new UserAgentParser(), false);
  private final AccessLogRecords anonymizingLog = new AccessLogRecords(null, new UserAgentParser(), true);

  private DownloadLine line(int n) {
    return log.parse(n, DownloadLogSamples.ACCESS_LOG.split("\n")[n - 1]);
  }

  @Test
  void pipDownloadGivesFileTimeAddressAndPlatform() {
    DownloadLine d = line(1);
    assertNull(d.skip());
    assertEquals("requests-2.18.4.tar.gz", d.filename());
    assertEquals(Instant.parse("2018-10-10T13:55:36Z"), d.time());
    assertEquals("203.0.113.9", d.ipAddress());
    assertEquals(new ClientDetails("pip", "18.1", "3.6", "CPython", "Linux", "x86_64", "Ubuntu 18.04"), d.client());
    assertEquals('{', d.userAgent().charAt(9), "escaped quotes are undone in the stored agent");
  }

  @Test
  void notModifiedCountsAndOffsetsAreHonoured() {
    assertNull(line(2).skip());
    assertEquals(Instant.parse("2018-10-10T23:00:00Z"), line(4).time(), "+0200 is two hours ahead of UTC");
  }

  @Test
  void otherAgentsAreKnownByTheirFirstProductToken() {
    assertEquals("bandersnatch", line(3).client().installer());
    assertEquals("unknown", line(3).client().python());
    assertEquals("curl", line(4).client().installer());
  }

  @Test
  void garbageJsonInPipsAgentStillCountsAsPipOfUnknownPlatform() {
    DownloadLine d = line(5);
    assertNull(d.skip());
    assertEquals("requests-2.18.4.tar.gz", d.filename(), "the query string is not part of the name");
    assertEquals(new ClientDetails("pip", "9.0.1", null, null, null, null), d.client());
    assertEquals("unknown", d.client().system());
  }

  @Test
  void oldPipAgentsCarryPythonAndSystemAsTokens() {
    assertEquals(new ClientDetails("pip", "1.5.6", "2.7", "CPython", "Linux", null), line(6).client());
  }

  @Test
  void linesThatAreNoDownloadSayWhy() {
    assertEquals(SkipReason.NOT_GET, line(7).skip());
    assertEquals(SkipReason.NOT_SUCCESSFUL, line(8).skip());
    assertNull(line(9).skip(), "an unknown file is found out against the catalog, not here");
    assertEquals(SkipReason.BAD_TIME, line(10).skip());
    assertEquals(SkipReason.NOT_A_FILE, line(11).skip());
    assertEquals(SkipReason.MALFORMED, line(12).skip(), "cut off inside the agent");
    assertEquals(SkipReason.MALFORMED, line(13).skip());
    assertEquals(SkipReason.MALFORMED, log.parse(1, "203.0.113.9 - - [10/Oct/2018:13:55:36 +0000] \"GET /x.whl").skip());
  }

  @Test
  void commonLogFormatWithoutAgentAndNginxEscapesAreRead() {
    DownloadLine clf = log.parse(1, "203.0.113.9 - frank [10/Oct/2018:13:55:36 -0700] \"GET /p/flask-1.0.2.tar.gz HTTP/1.0\" 200 2326");
    assertEquals("flask-1.0.2.tar.gz", clf.filename());
    assertEquals("unknown", clf.client().installer());
    DownloadLine nginx = log.parse(1, "203.0.113.9 - - [10/Oct/2018:13:55:36 +0000] \"GET /p/flask-1.0.2.tar.gz HTTP/1.1\""
        + " 200 1 \"-\" \"pip/18.1 {\\x22python\\x22:\\x223.7.1\\x22}\"");
    assertEquals("3.7", nginx.client().python());
  }

  @Test
  void escapedPathsAreDecodedKeepingPlus() {
    assertEquals("torch-1.0.0+cpu-cp36-cp36m-linux_x86_64.whl",
        DownloadPaths.filename("/whl/torch-1.0.0%2Bcpu-cp36-cp36m-linux_x86_64.whl"));
    assertEquals("a+b-1.0.tar.gz", DownloadPaths.filename("/a+b-1.0.tar.gz"));
    assertNull(DownloadPaths.filename("/packages/x/broken%2-1.0.tar.gz"));
    assertNull(DownloadPaths.filename("/packages/x/"));
    assertNull(DownloadPaths.filename("/pypi/requests/json"));
  }

  @Test
  void anonymizingTruncatesIpv4To24AndIpv6To48() {
    assertEquals("203.0.113.0", anonymizingLog.parse(1, DownloadLogSamples.ACCESS_LOG.split("\n")[0]).ipAddress());
    assertEquals("2001:db8:85a3:0:0:0:0:0", anonymizingLog.parse(3, DownloadLogSamples.ACCESS_LOG.split("\n")[2]).ipAddress());
    assertEquals("2001:db8:0:0:0:0:0:0", AddressAnonymizer.anonymize("2001:db8::1"));
    assertEquals("0:0:0:0:0:0:0:0", AddressAnonymizer.anonymize("::1"));
    assertEquals("198.51.100.0", AddressAnonymizer.anonymize("::ffff:198.51.100.7"));
    assertNull(AddressAnonymizer.anonymize("crawler.example.org"), "names are dropped, never looked up");
    assertNull(AddressAnonymizer.anonymize("999.1.1.1"));
    assertNull(AddressAnonymizer.anonymize("1:2:3"));
  }

  @Test
  void csvTimesAreReadInEveryShapeBigQueryGives() {
    Instant t = Instant.parse("2018-06-01T12:34:56Z");
    assertEquals(t, BigQueryCsvRecords.time("2018-06-01 12:34:56 UTC"));
    assertEquals(t, BigQueryCsvRecords.time("2018-06-01T12:34:56Z"));
    assertEquals(t, BigQueryCsvRecords.time("2018-06-01T14:34:56+02:00"));
    assertEquals(t, BigQueryCsvRecords.time("2018-06-01 12:34:56"));
    assertEquals(t.plusMillis(123), BigQueryCsvRecords.time("2018-06-01 12:34:56.123 UTC"));
    assertNull(BigQueryCsvRecords.time("01/06/2018"));
    assertNull(BigQueryCsvRecords.time(""));
  }

  @Test
  void pythonVersionsBecomeMajorMinor() {
    assertEquals("3.6", ClientDetails.pythonMajorMinor("3.6.5"));
    assertEquals("2.7", ClientDetails.pythonMajorMinor("2.7.15+"));
    assertEquals("3.10", ClientDetails.pythonMajorMinor("3.10"));
    assertEquals("unknown", ClientDetails.pythonMajorMinor("3"));
    assertEquals("unknown", ClientDetails.pythonMajorMinor("cpython"));
    assertEquals("unknown", ClientDetails.pythonMajorMinor(null));
  }
}
