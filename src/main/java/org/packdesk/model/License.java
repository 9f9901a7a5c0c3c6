package org.packdesk.model;

import io.ebean.annotation.DbDefault;
import io.ebean.annotation.Index;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A license, keyed by its name: an SPDX id or expression where one applies. */
@Entity
@Table(name = "licenses")
@Index(name = "ix_licenses_packages_id", columnNames = {"package_count", "id"})
public class License extends BaseModel {

  @Id
  @Column(length = 200)
  private String id;

  /** What the license is; for a custom license, its full text. */
  @Lob
  private String description;

  private Instant createdDate;

  /**
   * How many packages have this license (migration 1.7): stored so that the table sorts and pages by it
   * through an index instead of counting on every search; kept by {@code catalog/UsageCounts}.
   */
  @Column(nullable = false)
  @DbDefault("0")
  private long packageCount;

  @OneToMany(mappedBy = "license")
  private List<Package> packages = new ArrayList<>();

  protected License() {
  }

  public License(String name) {
    this.id = name;
    this.createdDate = Instant.now();
  }

  public String getId() {
    return id;
  }

  public String getName() {
    return id;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Instant getCreatedDate() {
    return createdDate;
  }

  public void setCreatedDate(Instant createdDate) {
    this.createdDate = createdDate;
  }

  public List<Package> getPackages() {
    return packages;
  }

  public long getPackageCount() {
    return packageCount;
  }
}
