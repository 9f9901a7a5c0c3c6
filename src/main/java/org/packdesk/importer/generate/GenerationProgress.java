package org.packdesk.importer.generate;

/** Hears how far a generation is; called on the generating thread, often (the listener throttles). */
public interface GenerationProgress {

  GenerationProgress NONE = (phase, done, total) -> { };

  /** {@code done} of {@code total} items of {@code phase} ("packages", "downloads", "indexes") are written. */
  void advanced(String phase, long done, long total);
}
