package org.packdesk.catalog.edit;

import io.ebean.Database;
import java.util.List;
import org.packdesk.catalog.UsageCounts;
import org.packdesk.model.ProgrammingLanguage;

/**
 * Merges one language into another: every package that declared {@code from} declares
 * {@code into} (created if needed, which makes this a rename), and {@code from} is removed.
 * Undoing brings {@code from} back with exactly its packages.
 */
public final class MergeLanguages implements Change {

  private final String from;
  private final String into;

  public MergeLanguages(String from, String into) {
    if (from.equals(into)) {
      throw new RuleViolation("A language cannot be merged into itself.");
    }
    this.from = from;
    this.into = into;
  }

  @Override
  public Change apply(Database db) {
    ProgrammingLanguage source = db.find(ProgrammingLanguage.class, from);
    if (source == null) {
      throw new RuleViolation("There is no language " + from + " any more.");
    }
    boolean created = db.find(ProgrammingLanguage.class, into) == null;
    if (created) {
      ProgrammingLanguage target = new ProgrammingLanguage(into);
      target.setDescription(source.getDescription());
      db.insert(target);
    }
    List<String> packages = linked(db, from);
    List<String> alreadyInto = linked(db, into);
    db.sqlUpdate("insert into package_languages (package_id, language_id) select package_id, :into"
            + " from package_languages pl where language_id = :from and not exists"
            + " (select 1 from package_languages x where x.package_id = pl.package_id and x.language_id = :into)")
        .setParameter("into", into).setParameter("from", from).execute();
    db.sqlUpdate("delete from package_languages where language_id = :from").setParameter("from", from).execute();
    db.delete(source);
    UsageCounts.recount(db, List.of(), List.of(into));
    return new SplitLanguage(from, into, source.getDescription(), packages, alreadyInto, created);
  }

  static List<String> linked(Database db, String language) {
    return db.sqlQuery("select package_id from package_languages where language_id = :id order by package_id")
        .setParameter("id", language).mapToScalar(String.class).findList();
  }

  @Override
  public String description() {
    return "Merge language " + from + " into " + into;
  }

  @Override
  public String action() {
    return "merge";
  }

  @Override
  public String entity() {
    return "language";
  }

  @Override
  public String entityId() {
    return from;
  }

  /** The inverse of a merge: {@code from} back with its packages, {@code into} as it was. */
  private record SplitLanguage(String from, String into, String description, List<String> packages,
      List<String> alreadyInto, boolean intoWasCreated) implements Change {

    @Override
    public Change apply(Database db) {
      ProgrammingLanguage restored = new ProgrammingLanguage(from);
      restored.setDescription(description);
      db.insert(restored);
      for (String pkg : packages) {
        db.sqlUpdate("insert into package_languages (package_id, language_id) values (:p, :l)")
            .setParameter("p", pkg).setParameter("l", from).execute();
        if (!alreadyInto.contains(pkg)) {
          db.sqlUpdate("delete from package_languages where package_id = :p and language_id = :l")
              .setParameter("p", pkg).setParameter("l", into).execute();
        }
      }
      UsageCounts.recount(db, List.of(), List.of(from, into));
      if (intoWasCreated && linked(db, into).isEmpty()) {
        db.delete(db.find(ProgrammingLanguage.class, into));
      }
      return new MergeLanguages(from, into);
    }

    @Override
    public String description() {
      return "Split language " + from + " out of " + into;
    }

    @Override
    public String action() {
      return "split";
    }

    @Override
    public String entity() {
      return "language";
    }

    @Override
    public String entityId() {
      return from;
    }
  }
}
