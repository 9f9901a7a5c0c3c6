package org.packdesk.importer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** The distribution file a requested path names, if any. */
final class DownloadPaths {

  /** What distribution files end with; anything else (index pages, metadata) is not a download. */
  private static final List<String> DISTRIBUTION_SUFFIXES = List.of(".tar.gz", ".whl", ".zip", ".tar.bz2", ".tgz",
      ".tar.xz", ".egg", ".exe", ".msi", ".rpm", ".dmg", ".deb", ".tar");

  private DownloadPaths() {
  }

  /**
   * The last segment of {@code path} (query and fragment removed, percent-escapes decoded as UTF-8,
   * '+' kept as is since it is no space in a path) when it names a distribution file; null otherwise.
   */
  static String filename(String path) {
    int end = path.length();
    int query = path.indexOf('?');
    if (query >= 0) {
      end = query;
    }
    int fragment = path.indexOf('#');
    if (fragment >= 0 && fragment < end) {
      end = fragment;
    }
    int slash = path.lastIndexOf('/', end - 1);
    String name = path.substring(slash + 1, end);
    if (name.indexOf('%') >= 0) {
      name = percentDecode(name);
    }
    return name == null || !isDistribution(name) ? null : name;
  }

  static boolean isDistribution(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String suffix : DISTRIBUTION_SUFFIXES) {
      if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
        return true;
      }
    }
    return false;
  }

  /** Null when an escape is broken. */
  private static String percentDecode(String s) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    int i = 0;
    while (i < s.length()) {
      int percent = s.indexOf('%', i);
      int runEnd = percent < 0 ? s.length() : percent;
      bytes.writeBytes(s.substring(i, runEnd).getBytes(StandardCharsets.UTF_8));
      if (percent < 0) {
        break;
      }
      int high = percent + 2 < s.length() ? Character.digit(s.charAt(percent + 1), 16) : -1;
      int low = high < 0 ? -1 : Character.digit(s.charAt(percent + 2), 16);
      if (low < 0) {
        return null;
      }
      bytes.write(high * 16 + low);
      i = percent + 3;
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
