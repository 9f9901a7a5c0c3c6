package org.packdesk.model;

import io.ebean.annotation.ConstraintMode;
import io.ebean.annotation.DbDefault;
import io.ebean.annotation.DbForeignKey;
import io.ebean.annotation.Index;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One published version of a package. The version string is kept exactly as published; its
 * parsed parts and {@code sortKey} (a string whose plain ordering is PEP 440's ordering) are
 * derived by the catalog when the version is set.
 */
@Entity
@Index(name = "ix_releases_package_sort_id", columnNames = {"package_id", "sort_key", "id"})
@Index(name = "ix_releases_sort_id", columnNames = {"sort_key", "id"})
@Index(name = "ix_releases_created_id", columnNames = {"created_date", "id"})
@Index(name = "ix_releases_total_size_id", columnNames = {"total_size", "id"})
@Index(name = "ix_releases_file_count_id", columnNames = {"file_count", "id"})
@Index(name = "ix_releases_downloads_id", columnNames = {"download_total", "id"})
@Table(name = "releases", uniqueConstraints = @UniqueConstraint(name = "uq_releases_package_version",
    columnNames = {"package_id", "version_string"}))
public class Release extends BaseModel {

  @Id
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "package_id")
  @DbForeignKey(onDelete = ConstraintMode.CASCADE)
  private Package pkg;

  @Column(name = "version_string", length = 128, nullable = false)
  private String versionString;

  private int major;
  private int minor;
  private int build;

  /** PEP 440 parts beyond the classic three numbers; null where the version has none. */
  private Integer epoch;
  @Column(length = 2)
  private String preLabel;
  private Long preNumber;
  private Long postNumber;
  private Long devNumber;

  /** Whether the string follows PEP 440 at all (legacy versions sort below every valid one). */
  private boolean pep440;

  @Column(length = 255, nullable = false)
  private String sortKey;

  private Instant createdDate;

  @Column(length = 2000)
  private String comment;

  @Column(length = 1000)
  private String url;

  private Long size;

  private boolean yanked;

  @Column(length = 1000)
  private String yankedReason;

  /** Derived, written only by CatalogTotals: how many files the release has. */
  @Column(nullable = false)
  @DbDefault("0")
  private int fileCount;

  /** Derived, written only by CatalogTotals: {@link #size}, or else the sum of the files' sizes. */
  private Long totalSize;

  /** Derived, written only by CatalogTotals as downloads are stored: the release's downloads in all. */
  @Column(nullable = false)
  @DbDefault("0")
  private long downloadTotal;

  @OneToMany(mappedBy = "release", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("filename")
  private List<ReleaseFile> files = new ArrayList<>();

  protected Release() {
  }

  public Release(Package pkg, String versionString) {
    this.pkg = pkg;
    this.versionString = versionString;
  }

  public Long getId() {
    return id;
  }

  public Package getPkg() {
    return pkg;
  }

  public String getVersionString() {
    return versionString;
  }

  public void setVersionString(String versionString) {
    this.versionString = versionString;
  }

  public int getMajor() {
    return major;
  }

  public void setMajor(int major) {
    this.major = major;
  }

  public int getMinor() {
    return minor;
  }

  public void setMinor(int minor) {
    this.minor = minor;
  }

  public int getBuild() {
    return build;
  }

  public void setBuild(int build) {
    this.build = build;
  }

  public Integer getEpoch() {
    return epoch;
  }

  public void setEpoch(Integer epoch) {
    this.epoch = epoch;
  }

  public String getPreLabel() {
    return preLabel;
  }

  public void setPreLabel(String preLabel) {
    this.preLabel = preLabel;
  }

  public Long getPreNumber() {
    return preNumber;
  }

  public void setPreNumber(Long preNumber) {
    this.preNumber = preNumber;
  }

  public Long getPostNumber() {
    return postNumber;
  }

  public void setPostNumber(Long postNumber) {
    this.postNumber = postNumber;
  }

  public Long getDevNumber() {
    return devNumber;
  }

  public void setDevNumber(Long devNumber) {
    this.devNumber = devNumber;
  }

  public boolean isPep440() {
    return pep440;
  }

  public void setPep440(boolean pep440) {
    this.pep440 = pep440;
  }

  public String getSortKey() {
    return sortKey;
  }

  public void setSortKey(String sortKey) {
    this.sortKey = sortKey;
  }

  public Instant getCreatedDate() {
    return createdDate;
  }

  public void setCreatedDate(Instant createdDate) {
    this.createdDate = createdDate;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public Long getSize() {
    return size;
  }

  public void setSize(Long size) {
    this.size = size;
  }

  public boolean isYanked() {
    return yanked;
  }

  public void setYanked(boolean yanked) {
    this.yanked = yanked;
  }

  public String getYankedReason() {
    return yankedReason;
  }

  public void setYankedReason(String yankedReason) {
    this.yankedReason = yankedReason;
  }

  public List<ReleaseFile> getFiles() {
    return files;
  }

  public int getFileCount() {
    return fileCount;
  }

  public Long getTotalSize() {
    return totalSize;
  }

  public long getDownloadTotal() {
    return downloadTotal;
  }
}
