package org.packdesk.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;

/**
 * Downloads of the whole catalog on one UTC day by one kind of client: the small rollup that the
 * catalog-wide reports (by installer, Python, system, month) and the dashboard's trend read,
 * instead of grouping every {@link DownloadDay} row. It has no package column, so deleting a
 * package subtracts that package's days from it ({@code DownloadRollups.forgetPackage}).
 */
@Entity
@Table(name = "download_clients", uniqueConstraints = @UniqueConstraint(name = "uq_download_clients_key",
    columnNames = {"utc_day", "installer", "python", "system"}))
public class DownloadClientDay extends BaseModel {

  @Id
  private Long id;

  @Column(name = "utc_day", nullable = false)
  private LocalDate day;

  @Column(length = 64, nullable = false)
  private String installer;

  @Column(length = 16, nullable = false)
  private String python;

  @Column(length = 64, nullable = false)
  private String system;

  @Column(name = "downloads", nullable = false)
  private long count;

  protected DownloadClientDay() {
  }

  public Long getId() {
    return id;
  }

  public LocalDate getDay() {
    return day;
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
