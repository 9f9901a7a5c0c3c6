package org.packdesk.model;

import io.ebean.annotation.DbDefault;
import io.ebean.annotation.Index;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A programming language a package declares, named by its classifier path below
 * {@code Programming Language ::} (e.g. {@code Python :: 3.6}). The id is the name.
 */
@Entity
@Table(name = "languages")
@Index(name = "ix_languages_packages_id", columnNames = {"package_count", "id"})
public class ProgrammingLanguage extends BaseModel {

  @Id
  @Column(length = 200)
  private String id;

  @Column(length = 2000)
  private String description;

  private Instant createdDate;

  /**
   * How many packages declare this language (migration 1.7): stored so that the table sorts and pages by it
   * through an index instead of counting on every search; kept by {@code catalog/UsageCounts}.
   */
  @Column(nullable = false)
  @DbDefault("0")
  private long packageCount;

  @ManyToMany(mappedBy = "languages")
  private List<Package> packages = new ArrayList<>();

  protected ProgrammingLanguage() {
  }

  public ProgrammingLanguage(String name) {
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
