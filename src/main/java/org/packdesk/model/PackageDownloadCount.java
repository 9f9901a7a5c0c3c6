package org.packdesk.model;

import io.ebean.annotation.ConstraintMode;
import io.ebean.annotation.DbForeignKey;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** A package's downloads in one period: what {@link DownloadPackageDay} and {@link DownloadPackageMonth} share. */
@MappedSuperclass
public abstract class PackageDownloadCount extends BaseModel {

  @Id
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "package_id")
  @DbForeignKey(onDelete = ConstraintMode.CASCADE)
  private Package pkg;

  @Column(name = "downloads", nullable = false)
  private long count;

  public Long getId() {
    return id;
  }

  public Package getPkg() {
    return pkg;
  }

  public long getCount() {
    return count;
  }
}
