package org.packdesk.model;

import io.ebean.annotation.Index;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the catalog's journal, as PyPI keeps one: who changed what, when. */
@Entity
@Table(name = "auditing")
public class AuditEntry extends BaseModel {

  @Id
  private Long id;

  @Index
  @Column(nullable = false)
  private Instant happenedAt;

  @Column(length = 200, nullable = false)
  private String curator;

  @Column(length = 32, nullable = false)
  private String action;

  @Column(length = 64, nullable = false)
  private String entity;

  @Column(length = 255)
  private String entityId;

  @Column(length = 4000)
  private String description;

  protected AuditEntry() {
  }

  public AuditEntry(String curator, String action, String entity, String entityId, String description) {
    this.happenedAt = Instant.now();
    this.curator = curator;
    this.action = action;
    this.entity = entity;
    this.entityId = entityId;
    this.description = description;
  }

  public Long getId() {
    return id;
  }

  public Instant getHappenedAt() {
    return happenedAt;
  }

  public String getCurator() {
    return curator;
  }

  public String getAction() {
    return action;
  }

  public String getEntity() {
    return entity;
  }

  public String getEntityId() {
    return entityId;
  }

  public String getDescription() {
    return description;
  }
}
