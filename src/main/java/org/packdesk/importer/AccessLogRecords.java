package org.packdesk.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A web server's access log in Combined Log Format (nginx's and Apache's default), or Common Log
 * Format without referrer and agent:
 * <pre>host ident user [10/Oct/2018:13:55:36 +0000] "GET /path HTTP/1.1" 200 51234 "referrer" "agent"</pre>
 * A download is a GET answered 200 (sent) or 304 (the client's cached copy was confirmed, so it
 * installs the file all the same); partial (206) answers are left out because a resumed transfer
 * would count twice. Quoted fields may hold Apache's {@code \"} and nginx's {@code \x22} escapes.
 * Parsed by hand, not by a regular expression: this is the import's hot loop.
 */
final class AccessLogRecords implements DownloadRecords {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH);

  private final BufferedReader reader;
  private final UserAgentParser agents;
  private final boolean anonymize;
  private long number;
  /** Log lines come in time order, many to the second: parse each second once. */
  private String lastTimeText;
  private Instant lastTime;

  AccessLogRecords(BufferedReader reader, UserAgentParser agents, boolean anonymize) {
    this.reader = reader;
    this.agents = agents;
    this.anonymize = anonymize;
  }

  @Override
  public DownloadLine next() throws IOException {
    String line;
    do {
      line = reader.readLine();
      number++;
    } while (line != null && line.isBlank());
    return line == null ? null : parse(number, line);
  }

  DownloadLine parse(long n, String line) {
    Cursor c = new Cursor(line);
    String host = c.token();
    c.token(); // identd
    c.token(); // user
    String timeText = c.bracketed();
    String request = c.quoted();
    String status = c.token();
    String bytes = c.token();
    if (host == null || timeText == null || request == null || status == null || bytes == null) {
      return DownloadLine.skipped(n, line, SkipReason.MALFORMED);
    }
    String referrer = c.quoted();
    String agent = referrer == null ? null : c.quoted();
    if (referrer != null && agent == null) {
      return DownloadLine.skipped(n, line, SkipReason.MALFORMED); // cut off inside the agent
    }
    Instant time = time(timeText);
    if (time == null) {
      return DownloadLine.skipped(n, line, SkipReason.BAD_TIME);
    }
    if (!request.startsWith("GET ")) {
      return DownloadLine.skipped(n, line, SkipReason.NOT_GET);
    }
    if (!status.equals("200") && !status.equals("304")) {
      return DownloadLine.skipped(n, line, SkipReason.NOT_SUCCESSFUL);
    }
    int pathEnd = request.indexOf(' ', 4);
    String filename = DownloadPaths.filename(request.substring(4, pathEnd < 0 ? request.length() : pathEnd));
    if (filename == null) {
      return DownloadLine.skipped(n, line, SkipReason.NOT_A_FILE);
    }
    String address = anonymize ? AddressAnonymizer.anonymize(host) : host;
    return DownloadLine.download(n, line, filename, time, address, agent, agents.parse(agent));
  }

  private Instant time(String text) {
    if (!text.equals(lastTimeText)) {
      try {
        lastTime = OffsetDateTime.parse(text, TIME).toInstant();
      } catch (DateTimeParseException e) {
        return null;
      }
      lastTimeText = text;
    }
    return lastTime;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }

  /** Walks a line field by field; each method returns null when the field is not there. */
  private static final class Cursor {
    private final String s;
    private int i;

    Cursor(String s) {
      this.s = s;
    }

    private void skipSpaces() {
      while (i < s.length() && s.charAt(i) == ' ') {
        i++;
      }
    }

    String token() {
      skipSpaces();
      int start = i;
      while (i < s.length() && s.charAt(i) != ' ') {
        i++;
      }
      return i == start ? null : s.substring(start, i);
    }

    String bracketed() {
      skipSpaces();
      if (i >= s.length() || s.charAt(i) != '[') {
        return null;
      }
      int end = s.indexOf(']', i);
      if (end < 0) {
        return null;
      }
      String text = s.substring(i + 1, end);
      i = end + 1;
      return text;
    }

    /** A double-quoted field with its escapes undone; null when missing or unterminated. */
    String quoted() {
      skipSpaces();
      if (i >= s.length() || s.charAt(i) != '"') {
        return null;
      }
      StringBuilder out = null;
      int start = ++i;
      while (i < s.length()) {
        char ch = s.charAt(i);
        if (ch == '"') {
          String text = out == null ? s.substring(start, i) : out.toString();
          i++;
          return text;
        }
        if (ch == '\\' && i + 1 < s.length()) {
          if (out == null) {
            out = new StringBuilder(s.length()).append(s, start, i);
          }
          char next = s.charAt(i + 1);
          if (next == 'x' && i + 3 < s.length() && isHex(s.charAt(i + 2)) && isHex(s.charAt(i + 3))) {
            out.append((char) Integer.parseInt(s.substring(i + 2, i + 4), 16));
            i += 4;
          } else {
            out.append(next);
            i += 2;
          }
          continue;
        }
        if (out != null) {
          out.append(ch);
        }
        i++;
      }
      return null;
    }

    private static boolean isHex(char c) {
      return Character.digit(c, 16) >= 0;
    }
  }
}
