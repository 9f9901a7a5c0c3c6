package org.packdesk.importer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The shape of PyPI's JSON API document ({@code /pypi/<name>/json}) as far as Packdesk reads it.
 * JSON is bound to these records only; anything else in the file is ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PypiJsonDocument(
    @JsonProperty("package_name") String packageName,
    @JsonProperty("info") Info info,
    @JsonProperty("releases") Map<String, List<File>> releases) {

  /** The project's metadata, as of its newest release. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Info(
      @JsonProperty("name") String name,
      @JsonProperty("summary") String summary,
      @JsonProperty("description") String description,
      @JsonProperty("home_page") String homePage,
      @JsonProperty("docs_url") String docsUrl,
      @JsonProperty("package_url") String packageUrl,
      @JsonProperty("download_url") String downloadUrl,
      @JsonProperty("author") String author,
      @JsonProperty("author_email") String authorEmail,
      @JsonProperty("maintainer") String maintainer,
      @JsonProperty("maintainer_email") String maintainerEmail,
      @JsonProperty("license") String license,
      @JsonProperty("keywords") String keywords,
      @JsonProperty("requires_python") String requiresPython,
      @JsonProperty("classifiers") List<String> classifiers) {
  }

  /** One distribution file of a release. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record File(
      @JsonProperty("filename") String filename,
      @JsonProperty("packagetype") String packagetype,
      @JsonProperty("python_version") String pythonVersion,
      @JsonProperty("size") Long size,
      @JsonProperty("digests") Digests digests,
      @JsonProperty("md5_digest") String md5Digest,
      @JsonProperty("url") String url,
      @JsonProperty("upload_time") String uploadTime,
      @JsonProperty("comment_text") String commentText,
      @JsonProperty("has_sig") Boolean hasSig,
      @JsonProperty("requires_python") String requiresPython,
      @JsonProperty("yanked") Boolean yanked,
      @JsonProperty("yanked_reason") String yankedReason) {
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Digests(@JsonProperty("md5") String md5, @JsonProperty("sha256") String sha256) {
  }
}
