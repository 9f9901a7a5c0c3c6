package org.packdesk.model;

import io.ebean.annotation.ConstraintMode;
import io.ebean.annotation.DbForeignKey;
import io.ebean.annotation.Index;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;

/**
 * Downloads of one release on one UTC day, all kinds of client together: what the by-release
 * reports read for the days at a period's ragged ends, and a release's recent downloads. A
 * popular release's day is dozens of {@link DownloadDay} rows (one per installer, Python and
 * system) but one row here. The download import keeps it in step with the day rollup, in the
 * same transaction.
 */
@Entity
@Index(name = "ix_download_release_days_release_day", columnNames = {"release_id", "utc_day"})
@Table(name = "download_release_days", uniqueConstraints = @UniqueConstraint(
    name = "uq_download_release_days_key", columnNames = {"utc_day", "release_id"}))
public class DownloadReleaseDay extends BaseModel {

  @Id
  private Long id;

  @Column(name = "utc_day", nullable = false)
  private LocalDate day;

  /** No index of Ebean's for the key alone: H2 makes its own for the foreign key (measured). */
  @ManyToOne(optional = false)
  @DbForeignKey(onDelete = ConstraintMode.CASCADE, noIndex = true)
  private Release release;

  @Column(name = "downloads", nullable = false)
  private long count;

  protected DownloadReleaseDay() {
  }

  public Long getId() {
    return id;
  }

  public LocalDate getDay() {
    return day;
  }

  public Release getRelease() {
    return release;
  }

  public long getCount() {
    return count;
  }
}
