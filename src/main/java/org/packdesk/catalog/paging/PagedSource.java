package org.packdesk.catalog.paging;

import java.util.List;

/**
 * The rows of one search of a paged table, read as numbered pages of a fixed size: by the
 * database ({@link PagedQuery}) or by another engine (the search index). Called from background
 * threads only; {@link #count()} first.
 *
 * @param <R> the row record
 */
public interface PagedSource<R> {

  /** How many rows there are. */
  long count();

  /** The rows of page {@code index} (fewer than a page at the end, none past it). */
  List<R> page(int index);

  /** Where the row with {@code id} stands, or -1 when it is not among the rows. */
  long position(Object id);

  /** Reads ahead what makes a later jump deep into the rows fast (in the background, as long as it takes). */
  default void prepareJumps() {
  }

  /** The rows are no longer shown: work ahead for them may stop. */
  default void abandon() {
  }

  /** Whether {@link #count()} is a cap: the rows are the first of more matches, which were not all counted. */
  default boolean firstOfMore() {
    return false;
  }
}
