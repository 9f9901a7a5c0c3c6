package org.packdesk.model;

import io.ebean.annotation.WhenCreated;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A named search query shown in the navigation as a smart group. Kept in the catalog, not in a
 * curator's preferences, so that every curator of a shared catalog sees the same groups.
 */
@Entity
@Table(name = "saved_searches")
public class SavedSearch extends BaseModel {

  @Id
  private Long id;

  @Column(length = 200, nullable = false, unique = true)
  private String name;

  @Column(length = 2000, nullable = false)
  private String query;

  @WhenCreated
  private Instant createdDate;

  protected SavedSearch() {
  }

  public SavedSearch(String name, String query) {
    this.name = name;
    this.query = query;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public Instant getCreatedDate() {
    return createdDate;
  }
}
