package org.packdesk.model;

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
public class License extends BaseModel {

  @Id
  @Column(length = 200)
  private String id;

  /** What the license is; for a custom license, its full text. */
  @Lob
  private String description;

  private Instant createdDate;

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
}
