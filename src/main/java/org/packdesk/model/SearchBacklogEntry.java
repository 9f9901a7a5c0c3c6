package org.packdesk.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A package whose search entry must be refreshed: written in the same transaction as the change
 * that touched it (edit, import, deletion, download import), consumed by the search index. No
 * foreign key, since a deleted package must still be recorded; no version column, since rows
 * are only ever inserted and deleted (by plain SQL, in the hot paths of imports).
 */
@Entity
@Table(name = "search_backlog")
public class SearchBacklogEntry {

  @Id
  private Long id;

  @Column(length = 200, nullable = false)
  private String packageId;

  protected SearchBacklogEntry() {
  }

  public Long getId() {
    return id;
  }

  public String getPackageId() {
    return packageId;
  }
}
