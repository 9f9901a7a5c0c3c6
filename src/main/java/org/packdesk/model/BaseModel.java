package org.packdesk.model;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * Common root of every entity: optimistic locking through a version column, so an edit made in
 * one window or process never silently overwrites another's. Entities are saved through the
 * catalog's services with an explicit {@code Database}, never through a global default.
 */
@MappedSuperclass
public abstract class BaseModel {

  @Version
  private long version;

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
