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
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;

/**
 * Downloads of one package on one UTC day, all releases and clients together: what the
 * by-package reports read for the days at a period's ragged ends, and a package's daily trend
 * (a package's day is one row here, against one per release and client in {@link DownloadDay}).
 */
@Entity
@Index(name = "ix_download_package_days_package_day", columnNames = {"package_id", "utc_day"})
@Table(name = "download_package_days", uniqueConstraints = @UniqueConstraint(name = "uq_download_package_days_key",
    columnNames = {"utc_day", "package_id"}))
public class DownloadPackageDay extends BaseModel {

  @Id
  private Long id;

  @Column(name = "utc_day", nullable = false)
  private LocalDate day;

  @ManyToOne(optional = false)
  @JoinColumn(name = "package_id")
  @DbForeignKey(onDelete = ConstraintMode.CASCADE)
  private Package pkg;

  @Column(name = "downloads", nullable = false)
  private long count;

  protected DownloadPackageDay() {
  }

  public Long getId() {
    return id;
  }

  public LocalDate getDay() {
    return day;
  }

  public Package getPkg() {
    return pkg;
  }

  public long getCount() {
    return count;
  }
}
