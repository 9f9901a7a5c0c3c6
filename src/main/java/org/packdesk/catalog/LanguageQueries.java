package org.packdesk.catalog;

import io.ebean.Database;
import org.packdesk.model.ProgrammingLanguage;

/** Whether a language name is taken (the languages table itself pages, see {@link LanguagePager}). */
public final class LanguageQueries {

  private final Database database;

  public LanguageQueries(Database database) {
    this.database = database;
  }

  /** How many packages declare {@code name} (the stored count); 0 for a language the catalog lacks. */
  public long packageCount(String name) {
    ProgrammingLanguage language = database.find(ProgrammingLanguage.class, name);
    return language == null ? 0 : language.getPackageCount();
  }

  /** Whether the catalog has a language named exactly {@code name}. */
  public boolean exists(String name) {
    return database.find(ProgrammingLanguage.class, name) != null;
  }
}
