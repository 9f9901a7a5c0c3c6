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
 * Downloads of one release in one UTC month: the coarse rollup that downloads reports over a
 * period read for its whole months (a year of a popular catalog is millions of
 * {@link DownloadDay} rows but a twelfth of the releases' months at most). The download import
 * keeps it in step with the day rollup, in the same transaction.
 */
@Entity
@Index(name = "ix_download_months_package_month", columnNames = {"package_id", "month_start"})
@Table(name = "download_months", uniqueConstraints = @UniqueConstraint(name = "uq_download_months_key",
    columnNames = {"month_start", "release_id"}))
public class DownloadMonth extends BaseModel {

  @Id
  private Long id;

  /** The month's first day. */
  @Column(name = "month_start", nullable = false)
  private LocalDate month;

  // no constraint and no index of its own: the release's key cascades a package's deletion, and
  // (package_id, month_start) serves every lookup by package (H2 would keep a second index for it)
  @ManyToOne(optional = false)
  @JoinColumn(name = "package_id")
  @DbForeignKey(noConstraint = true, noIndex = true)
  private Package pkg;

  @ManyToOne(optional = false)
  @DbForeignKey(onDelete = ConstraintMode.CASCADE)
  private Release release;

  @Column(name = "downloads", nullable = false)
  private long count;

  protected DownloadMonth() {
  }

  public Long getId() {
    return id;
  }

  public LocalDate getMonth() {
    return month;
  }

  public Package getPkg() {
    return pkg;
  }

  public Release getRelease() {
    return release;
  }

  public long getCount() {
    return count;
  }
}
