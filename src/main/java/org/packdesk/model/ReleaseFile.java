package org.packdesk.model;

import io.ebean.annotation.ConstraintMode;
import io.ebean.annotation.DbForeignKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A distribution file of a release (sdist, wheel, egg...), as PyPI's own model has it. */
@Entity
@Table(name = "release_files")
public class ReleaseFile extends BaseModel {

  @Id
  private Long id;

  @ManyToOne(optional = false)
  @DbForeignKey(onDelete = ConstraintMode.CASCADE)
  private Release release;

  /** File names are unique across the index: download logs are resolved through them. */
  @Column(length = 255, nullable = false, unique = true)
  private String filename;

  @Column(length = 32)
  private String packagetype;

  @Column(length = 64)
  private String pythonVersion;

  private Long size;

  @Column(length = 64)
  private String sha256;

  @Column(length = 32)
  private String md5;

  @Column(length = 1000)
  private String url;

  private Instant uploadTime;

  private boolean hasSig;

  @Column(length = 2000)
  private String comment;

  protected ReleaseFile() {
  }

  public ReleaseFile(Release release, String filename) {
    this.release = release;
    this.filename = filename;
  }

  public Long getId() {
    return id;
  }

  public Release getRelease() {
    return release;
  }

  public String getFilename() {
    return filename;
  }

  public void setFilename(String filename) {
    this.filename = filename;
  }

  public String getPackagetype() {
    return packagetype;
  }

  public void setPackagetype(String packagetype) {
    this.packagetype = packagetype;
  }

  public String getPythonVersion() {
    return pythonVersion;
  }

  public void setPythonVersion(String pythonVersion) {
    this.pythonVersion = pythonVersion;
  }

  public Long getSize() {
    return size;
  }

  public void setSize(Long size) {
    this.size = size;
  }

  public String getSha256() {
    return sha256;
  }

  public void setSha256(String sha256) {
    this.sha256 = sha256;
  }

  public String getMd5() {
    return md5;
  }

  public void setMd5(String md5) {
    this.md5 = md5;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public Instant getUploadTime() {
    return uploadTime;
  }

  public void setUploadTime(Instant uploadTime) {
    this.uploadTime = uploadTime;
  }

  public boolean isHasSig() {
    return hasSig;
  }

  public void setHasSig(boolean hasSig) {
    this.hasSig = hasSig;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
