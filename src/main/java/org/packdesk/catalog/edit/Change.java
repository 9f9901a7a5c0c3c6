package org.packdesk.catalog.edit;

import io.ebean.Database;

/**
 * One invertible change to the catalog (JabRef's undoable edits, done on the database): it
 * carries itself out and hands back the change that undoes it. The {@link ChangeJournal} runs it
 * in a transaction and writes it to the audit journal.
 */
public interface Change {

  /**
   * Carries the change out in the caller's transaction.
   *
   * @return the change that undoes this one, as of right after it
   * @throws ConflictException when the rows changed since the curator read them
   */
  Change apply(Database db) throws ConflictException;

  /** What the change does, in a curator's words: "Yank requests 2.0.0 (broken wheel)". */
  String description();

  /** The journal's action: update, yank, unyank, add-maintainer, set-password, merge... */
  String action();

  /** True when carrying it out would change nothing (an editor saved without edits): not journaled. */
  default boolean isEmpty() {
    return false;
  }

  /** The kind of entity changed: package, release, user, maintainer, license, language. */
  String entity();

  /** Which one (its id). */
  String entityId();
}
