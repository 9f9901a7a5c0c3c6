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
 * Downloads of one release on one UTC day by one kind of client: the rollup the download import
 * keeps in step with the raw {@link Download} rows, so that reports never scan those. The day is
 * stored as {@code utc_day} and the count as {@code downloads} ("day" and "count" are keywords).
 */
@Entity
@Index(name = "ix_download_days_package_day", columnNames = {"package_id", "utc_day"})
@Table(name = "download_days", uniqueConstraints = @UniqueConstraint(name = "uq_download_days_key",
    columnNames = {"utc_day", "release_id", "installer", "python", "system"}))
public class DownloadDay extends BaseModel {

  /** What a dimension holds when the log does not tell. */
  public static final String UNKNOWN = "unknown";

  @Id
  private Long id;

  @Column(name = "utc_day", nullable = false)
  private LocalDate day;

  // no constraint and no index of its own: the release's key cascades a package's deletion, and
  // (package_id, utc_day) serves every lookup by package (H2 would keep a second index for it)
  @ManyToOne(optional = false)
  @JoinColumn(name = "package_id")
  @DbForeignKey(noConstraint = true, noIndex = true)
  private Package pkg;

  @ManyToOne(optional = false)
  @DbForeignKey(onDelete = ConstraintMode.CASCADE)
  private Release release;

  /** The installer's name (pip, bandersnatch, curl...), without its version. */
  @Column(length = 64, nullable = false)
  private String installer;

  /** Python's major.minor version, or {@value #UNKNOWN}. */
  @Column(length = 16, nullable = false)
  private String python;

  /** The operating system's name (Linux, Windows, Darwin...), or {@value #UNKNOWN}. */
  @Column(length = 64, nullable = false)
  private String system;

  @Column(name = "downloads", nullable = false)
  private long count;

  protected DownloadDay() {
  }

  public DownloadDay(LocalDate day, Release release, String installer, String python, String system, long count) {
    this.day = day;
    this.release = release;
    this.pkg = release.getPkg();
    this.installer = installer;
    this.python = python;
    this.system = system;
    this.count = count;
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

  public Release getRelease() {
    return release;
  }

  public String getInstaller() {
    return installer;
  }

  public String getPython() {
    return python;
  }

  public String getSystem() {
    return system;
  }

  public long getCount() {
    return count;
  }
}
