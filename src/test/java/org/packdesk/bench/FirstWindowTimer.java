package org.packdesk.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time to first window: starts the real application jar on a catalog (on the X display in
 * $DISPLAY, e.g. an Xvfb) with {@code -Dpackdesk.startupTiming=true}, reads the times it prints
 * when its window and then its main window are first laid out, and stops it.
 */
final class FirstWindowTimer {

  private static final Pattern LINE = Pattern.compile("packdesk-startup: (.+) at (\\d+) ms");

  private FirstWindowTimer() {
  }

  /** What the app prints, in the order of {@link #measure}'s result. */
  private static final List<String> MILESTONES = List.of("window shown", "database open", "catalog open",
      "main window shown");

  /**
   * {window shown, database open (migrated, Ebean started), catalog open (search index and services
   * too), main window shown} in ms since the JVM started; null when the app showed no main window.
   */
  static long[] measure(Path jar, Path catalog, Path logDir) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Dpackdesk.startupTiming=true",
        "-Dpackdesk.logDir=" + logDir, "-jar", jar.toString(), "--db", catalog.toString()));
    Process app = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    long[] times = {-1, -1, -1, -1};
    try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      for (String line = out.readLine(); line != null && System.nanoTime() < deadline; line = out.readLine()) {
        Matcher m = LINE.matcher(line);
        if (m.find()) {
          int milestone = MILESTONES.indexOf(m.group(1));
          if (milestone >= 0) {
            times[milestone] = Long.parseLong(m.group(2));
          }
          if (times[3] >= 0) {
            break;
          }
        }
      }
    } finally {
      app.destroy();
      if (!app.waitFor(10, TimeUnit.SECONDS)) {
        app.destroyForcibly();
      }
    }
    return times[3] < 0 ? null : times;
  }
}
