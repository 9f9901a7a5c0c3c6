package org.packdesk.importer;

import java.nio.file.Path;

/** Hears about an import's progress; called on the importing thread. */
public interface ImportProgress {

  ImportProgress NONE = (done, total, file) -> { };

  /** {@code done} of {@code total} files are finished; {@code file} is the one just finished. */
  void fileDone(int done, int total, Path file);
}
