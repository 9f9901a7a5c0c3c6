package org.packdesk.importer;

import java.io.IOException;

/** The records of one download log, in file order. */
interface DownloadRecords extends AutoCloseable {

  /** The next record, or null at the end of the file. */
  DownloadLine next() throws IOException;

  @Override
  void close() throws IOException;
}
