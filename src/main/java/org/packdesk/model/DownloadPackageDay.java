package org.packdesk.model;

import io.ebean.annotation.Index;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
public class DownloadPackageDay extends PackageDownloadCount {

  @Column(name = "utc_day", nullable = false)
  private LocalDate day;

  protected DownloadPackageDay() {
  }

  public LocalDate getDay() {
    return day;
  }
}
