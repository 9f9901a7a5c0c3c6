package org.packdesk.catalog;

import io.ebean.Database;
import java.util.List;
import org.packdesk.model.query.QAuditEntry;

/** Reads the catalog's journal: entries newest first, and the actions and curators it holds. */
public final class AuditQueries {

  private final Database database;

  public AuditQueries(Database database) {
    this.database = database;
  }

  /** The entries {@code filter} lets through, newest first; at most {@code limit}. */
  public List<AuditRow> search(AuditFilter filter, int limit) {
    QAuditEntry query = new QAuditEntry(database)
        .orderBy().happenedAt.desc().id.desc()
        .setMaxRows(limit);
    if (filter.action() != null) {
      query.action.eq(filter.action());
    }
    if (filter.curator() != null) {
      query.curator.eq(filter.curator());
    }
    if (filter.from() != null) {
      query.happenedAt.ge(filter.from());
    }
    if (filter.until() != null) {
      query.happenedAt.lt(filter.until());
    }
    for (String word : SearchWords.of(filter.text())) {
      query.or()
          .curator.icontains(word).action.icontains(word).entity.icontains(word)
          .entityId.icontains(word).description.icontains(word)
          .endOr();
    }
    return query.findList().stream()
        .map(e -> new AuditRow(e.getId(), e.getHappenedAt(), e.getCurator(), e.getAction(), e.getEntity(),
            e.getEntityId(), e.getDescription()))
        .toList();
  }

  /** The actions the journal holds (import, update, undo...), alphabetically. */
  public List<String> actions() {
    QAuditEntry a = QAuditEntry.alias();
    return new QAuditEntry(database).setDistinct(true).select(a.action)
        .orderBy().action.asc()
        .findSingleAttributeList();
  }

  /** The curators the journal names, alphabetically. */
  public List<String> curators() {
    QAuditEntry a = QAuditEntry.alias();
    return new QAuditEntry(database).setDistinct(true).select(a.curator)
        .orderBy().curator.asc()
        .findSingleAttributeList();
  }
}
