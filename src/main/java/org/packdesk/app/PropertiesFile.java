package org.packdesk.app;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small UTF-8 properties file of the app's own (preferences, window layout): read forgivingly,
 * written whole in one move from a temporary file beside it, so a crash never leaves half a file.
 */
final class PropertiesFile {

  private static final Logger LOG = LoggerFactory.getLogger(PropertiesFile.class);

  private final Path file;
  private final String what;
  private final String comment;

  /**
   * @param what what the file holds, for messages ("its preferences")
   * @param comment the first line written in the file
   */
  PropertiesFile(Path file, String what, String comment) {
    this.file = file;
    this.what = what;
    this.comment = comment;
  }

  Path path() {
    return file;
  }

  /** The file's values; none when it is missing, and none with a warning in the log when it cannot be read. */
  Properties read() {
    Properties values = new Properties();
    if (Files.exists(file)) {
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        values.load(in);
      } catch (IOException | IllegalArgumentException e) {
        LOG.warn("Cannot read {} in {}; using the defaults", what, file, e);
        values.clear();
      }
    }
    return values;
  }

  /**
   * Replaces the file with {@code values}.
   *
   * @throws IOException with a message for the curator when the folder cannot be written
   */
  void write(Properties values) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    Path temporary = null;
    try {
      Files.createDirectories(folder);
      temporary = Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
      try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        values.store(out, comment);
      }
      try {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      deleteQuietly(temporary);
      throw new IOException("Packdesk cannot save " + what + " in " + file + " (" + reason(e) + "). Check that the folder "
          + folder + " exists, or can be created, and is writable.", e);
    }
  }

  private static void deleteQuietly(Path temporary) {
    if (temporary != null) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        LOG.warn("Cannot remove the temporary file {}", temporary, e);
      }
    }
  }

  private static String reason(IOException e) {
    String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2");
    return e.getMessage() == null ? kind : kind.toLowerCase() + ": " + e.getMessage();
  }
}
