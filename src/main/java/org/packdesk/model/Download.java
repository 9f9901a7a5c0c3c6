package org.packdesk.model;

import io.ebean.annotation.ConstraintMode;
import io.ebean.annotation.DbForeignKey;
import io.ebean.annotation.Index;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One download event of a release's file. */
@Entity
@Table(name = "downloads")
// the downloads table pages newest first, and one package's downloads newest first (keyset
// paging: each index ends with the id that breaks ties)
@Index(name = "ix_downloads_created_id", columnNames = {"created_date", "id"})
@Index(name = "ix_downloads_package_created_id", columnNames = {"package_id", "created_date", "id"})
public class Download extends BaseModel {

  @Id
  private Long id;

  @Column(nullable = false)
  private Instant createdDate;

  // no constraint and no index of its own: the release's key cascades a package's deletion to
  // its downloads, and (package_id, created_date, id) serves every lookup by package. H2 gives a
  // foreign key an index of exactly its columns, a third copy of the column for every download.
  @ManyToOne(optional = false)
  @JoinColumn(name = "package_id")
  @DbForeignKey(noConstraint = true, noIndex = true)
  private Package pkg;

  @ManyToOne(optional = false)
  @DbForeignKey(onDelete = ConstraintMode.CASCADE)
  private Release release;

  @Column(length = 64)
  private String ipAddress;

  @Column(length = 1000)
  private String userAgent;

  protected Download() {
  }

  public Download(Release release, Instant createdDate) {
    this.release = release;
    this.pkg = release.getPkg();
    this.createdDate = createdDate;
  }

  public Long getId() {
    return id;
  }

  public Instant getCreatedDate() {
    return createdDate;
  }

  public Package getPkg() {
    return pkg;
  }

  public Release getRelease() {
    return release;
  }

  public String getIpAddress() {
    return ipAddress;
  }

  public void setIpAddress(String ipAddress) {
    this.ipAddress = ipAddress;
  }

  public String getUserAgent() {
    return userAgent;
  }

  public void setUserAgent(String userAgent) {
    this.userAgent = userAgent;
  }
}
