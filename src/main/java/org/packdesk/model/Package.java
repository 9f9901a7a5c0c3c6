package org.packdesk.model;

import io.ebean.annotation.DbForeignKey;
import io.ebean.annotation.DbDefault;
import io.ebean.annotation.Index;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A project of the index, keyed by its PEP 503 normalised name. */
@Entity
@Table(name = "packages")
@Index(name = "ix_packages_name_id", columnNames = {"name", "id"})
@Index(name = "ix_packages_latest_id", columnNames = {"latest_sort_key", "id"})
@Index(name = "ix_packages_license_id_id", columnNames = {"license_id", "id"})
@Index(name = "ix_packages_updated_id", columnNames = {"last_updated", "id"})
@Index(name = "ix_packages_maintainers_id", columnNames = {"maintainer_count", "id"})
@Index(name = "ix_packages_downloads_id", columnNames = {"download_total", "id"})
@Index(name = "ix_packages_size_id", columnNames = {"total_size", "id"})
public class Package extends BaseModel {

  private static final Pattern SEPARATOR_RUNS = Pattern.compile("[-_.]+");

  @Id
  @Column(length = 200)
  private String id;

  /** The name exactly as published (case and separators kept). */
  @Column(length = 200, nullable = false)
  private String name;

  @Column(length = 512, nullable = false)
  private String summary;

  @Lob
  private String description;

  @Column(length = 1000)
  private String homePage;

  @Column(length = 1000)
  private String docsUrl;

  @Column(length = 1000)
  private String packageUrl;

  @Column(length = 1000)
  private String authorName;

  @Column(length = 1000)
  private String authorEmail;

  /** The license field exactly as published; the normalised license is {@link #license}. */
  @Lob
  private String licenseText;

  @Column(length = 1000)
  private String keywords;

  @Column(length = 200)
  private String requiresPython;

  @Column(length = 1000)
  private String downloadUrl;

  /** Trove classifiers as published, one per line. */
  @Column(length = 8000)
  private String classifiers;

  @ManyToOne
  @DbForeignKey(onDelete = io.ebean.annotation.ConstraintMode.SET_NULL)
  private License license;

  @ManyToMany
  @JoinTable(name = "package_languages",
      joinColumns = @JoinColumn(name = "package_id", referencedColumnName = "id"),
      inverseJoinColumns = @JoinColumn(name = "language_id", referencedColumnName = "id"))
  @OrderBy("id")
  private List<ProgrammingLanguage> languages = new ArrayList<>();

  @OneToMany(mappedBy = "pkg", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sortKey desc")
  private List<Release> releases = new ArrayList<>();

  @OneToMany(mappedBy = "pkg", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<Maintainer> maintainers = new ArrayList<>();

  private Instant createdDate;

  private Instant lastUpdated;

  /**
   * Curated: PyPI's JSON API does not carry it, so a PyPI import leaves it as the curator set it
   * (a generated catalog sets it through the importer's path).
   */
  @Column(nullable = false)
  @DbDefault("active")
  private LifecycleStatus lifecycle = LifecycleStatus.ACTIVE;

  @Column(length = 1000)
  private String lifecycleNote;

  // Derived columns, stored so the packages table can page in their order through an index.
  // Only CatalogTotals writes them (from every path that changes releases, maintainers or
  // downloads); the entity never sets them.

  /** The version string of the release with the greatest sort key; null without releases. */
  @Column(length = 128)
  private String latestVersion;

  /** The sort key of that release, so "latest" sorts in PEP 440 order. */
  @Column(length = 255)
  private String latestSortKey;

  @Column(nullable = false)
  @DbDefault("0")
  private int maintainerCount;

  @Column(nullable = false)
  @DbDefault("0")
  private long downloadTotal;

  /** The sum of its releases' total sizes (kept by CatalogTotals), for the largest packages first. */
  @Column(nullable = false)
  @DbDefault("0")
  private long totalSize;

  protected Package() {
  }

  public Package(String name, String summary) {
    this.id = normalize(name);
    this.name = name;
    this.summary = summary;
  }

  /** PEP 503: lower case, and every run of '-', '_' and '.' becomes one '-'. */
  public static String normalize(String name) {
    return SEPARATOR_RUNS.matcher(name.trim()).replaceAll("-").toLowerCase(Locale.ROOT);
  }

  public String getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  /** Renaming keeps the id stable only when the normalised form is unchanged. */
  public void setName(String name) {
    if (!normalize(name).equals(id)) {
      throw new IllegalArgumentException(
          "'" + name + "' normalises to '" + normalize(name) + "', not to this package's id '" + id + "'");
    }
    this.name = name;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getHomePage() {
    return homePage;
  }

  public void setHomePage(String homePage) {
    this.homePage = homePage;
  }

  public String getDocsUrl() {
    return docsUrl;
  }

  public void setDocsUrl(String docsUrl) {
    this.docsUrl = docsUrl;
  }

  public String getPackageUrl() {
    return packageUrl;
  }

  public void setPackageUrl(String packageUrl) {
    this.packageUrl = packageUrl;
  }

  public String getAuthorName() {
    return authorName;
  }

  public void setAuthorName(String authorName) {
    this.authorName = authorName;
  }

  public String getAuthorEmail() {
    return authorEmail;
  }

  public void setAuthorEmail(String authorEmail) {
    this.authorEmail = authorEmail;
  }

  public License getLicense() {
    return license;
  }

  public void setLicense(License license) {
    this.license = license;
  }

  public List<ProgrammingLanguage> getLanguages() {
    return languages;
  }

  public List<Release> getReleases() {
    return releases;
  }

  public List<Maintainer> getMaintainers() {
    return maintainers;
  }

  public Instant getCreatedDate() {
    return createdDate;
  }

  public void setCreatedDate(Instant createdDate) {
    this.createdDate = createdDate;
  }

  public Instant getLastUpdated() {
    return lastUpdated;
  }

  public void setLastUpdated(Instant lastUpdated) {
    this.lastUpdated = lastUpdated;
  }

  public String getLicenseText() {
    return licenseText;
  }

  public void setLicenseText(String licenseText) {
    this.licenseText = licenseText;
  }

  public String getKeywords() {
    return keywords;
  }

  public void setKeywords(String keywords) {
    this.keywords = keywords;
  }

  public String getRequiresPython() {
    return requiresPython;
  }

  public void setRequiresPython(String requiresPython) {
    this.requiresPython = requiresPython;
  }

  public String getDownloadUrl() {
    return downloadUrl;
  }

  public void setDownloadUrl(String downloadUrl) {
    this.downloadUrl = downloadUrl;
  }

  public String getClassifiers() {
    return classifiers;
  }

  public void setClassifiers(String classifiers) {
    this.classifiers = classifiers;
  }

  public LifecycleStatus getLifecycle() {
    return lifecycle;
  }

  public void setLifecycle(LifecycleStatus lifecycle) {
    this.lifecycle = lifecycle;
  }

  public String getLifecycleNote() {
    return lifecycleNote;
  }

  public void setLifecycleNote(String lifecycleNote) {
    this.lifecycleNote = lifecycleNote;
  }

  public String getLatestVersion() {
    return latestVersion;
  }

  public String getLatestSortKey() {
    return latestSortKey;
  }

  public int getMaintainerCount() {
    return maintainerCount;
  }

  public long getTotalSize() {
    return totalSize;
  }

  public long getDownloadTotal() {
    return downloadTotal;
  }
}
