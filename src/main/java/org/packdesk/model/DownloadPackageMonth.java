package org.packdesk.model;

import io.ebean.annotation.Index;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;

/**
 * Downloads of one package in one UTC month, all releases and clients together: what the
 * by-package reports read for a period's whole months, and a package's monthly trend. The
 * month is stored as its first day.
 */
@Entity
@Index(name = "ix_download_package_months_package_month", columnNames = {"package_id", "month_start"})
@Table(name = "download_package_months", uniqueConstraints = @UniqueConstraint(name = "uq_download_package_months_key",
    columnNames = {"month_start", "package_id"}))
public class DownloadPackageMonth extends PackageDownloadCount {

  @Column(name = "month_start", nullable = false)
  private LocalDate month;

  protected DownloadPackageMonth() {
  }

  public LocalDate getMonth() {
    return month;
  }
}
