package org.packdesk.model;

import io.ebean.annotation.Index;
import io.ebean.annotation.WhenCreated;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One log file's import: its name and the time span of the downloads taken from it, so that
 * importing the same log again (which would count its downloads twice) can be noticed.
 */
@Entity
@Table(name = "download_imports")
public class DownloadImport extends BaseModel {

  @Id
  private Long id;

  /** The file's name without its folder: logs get copied around, their names stay. */
  @Index
  @Column(length = 255, nullable = false)
  private String source;

  @Column(length = 200, nullable = false)
  private String curator;

  @WhenCreated
  private Instant importedAt;

  /** Earliest and latest download time taken from the file. */
  @Column(nullable = false)
  private Instant firstDownload;

  @Column(nullable = false)
  private Instant lastDownload;

  private long downloads;

  protected DownloadImport() {
  }

  public DownloadImport(String source, String curator, Instant firstDownload, Instant lastDownload) {
    this.source = source;
    this.curator = curator;
    this.firstDownload = firstDownload;
    this.lastDownload = lastDownload;
  }

  public Long getId() {
    return id;
  }

  public String getSource() {
    return source;
  }

  public String getCurator() {
    return curator;
  }

  public Instant getImportedAt() {
    return importedAt;
  }

  public Instant getFirstDownload() {
    return firstDownload;
  }

  public Instant getLastDownload() {
    return lastDownload;
  }

  public long getDownloads() {
    return downloads;
  }

  /** Widens the span to take in {@code first}..{@code last} and adds {@code more} downloads. */
  public void extend(Instant first, Instant last, long more) {
    if (first.isBefore(firstDownload)) {
      firstDownload = first;
    }
    if (last.isAfter(lastDownload)) {
      lastDownload = last;
    }
    downloads += more;
  }
}
