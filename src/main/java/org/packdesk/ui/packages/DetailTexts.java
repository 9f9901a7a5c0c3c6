package org.packdesk.ui.packages;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.packdesk.catalog.PackageDetail;
import org.packdesk.catalog.PackageDetail.ReleaseLine;
import org.packdesk.catalog.ReleaseFileLine;
import org.packdesk.catalog.edit.DeletePackage.DeletionImpact;
import org.packdesk.ui.browse.Formats;

/** How the package detail writes what it shows, in a curator's words; null where there is nothing to say. */
public final class DetailTexts {

  private static final int LICENSE_SHOWN = 160;
  private static final int SHA_SHOWN = 8;
  private static final DateTimeFormatter UPLOADED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ZoneId zone;

  public DetailTexts(ZoneId zone) {
    this.zone = zone;
  }

  /** "Kenneth Reitz (owner), ci@example.org (maintainer)". */
  static String maintainers(PackageDetail d) {
    return d.maintainers().isEmpty() ? null : d.maintainers().stream()
        .map(m -> (m.name() == null || m.name().isBlank() ? m.email() : m.name()) + " (" + m.role().dbValue() + ")")
        .collect(Collectors.joining(", "));
  }

  /** "3 downloads of 1 release". */
  static String downloads(PackageDetail d) {
    return d.downloads() == 0 ? "None recorded" : plural(d.downloads(), "download") + " of "
        + plural(d.releases().stream().filter(r -> r.downloads() > 0).count(), "release");
  }

  /** "3 releases · 1 yanked". */
  static String releasesStatus(PackageDetail d) {
    long yanked = d.yankedReleases();
    return d.releases().isEmpty() ? "No releases"
        : plural(d.releases().size(), "release") + (yanked == 0 ? "" : " \u00b7 " + yanked + " yanked");
  }

  /** "Yanked: Broken packaging"; null for a release that is not yanked. */
  static String yankedNote(ReleaseLine release) {
    if (release == null || !release.yanked()) {
      return null;
    }
    return release.yankedReason() == null ? "Yanked, without a reason given" : "Yanked: " + release.yankedReason();
  }

  /** The license as published, where it says more than the normalised id. */
  static String publishedLicense(PackageDetail d) {
    String text = blankToNull(d.licenseText());
    if (text == null || text.strip().equalsIgnoreCase(d.licenseId())) {
      return null;
    }
    return text.strip();
  }

  /** The first line of a published license, cut to fit the pane; the whole of it goes in a tooltip. */
  public static String shortened(String text) {
    if (text == null) {
      return null;
    }
    String line = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    boolean cut = line.length() > LICENSE_SHOWN || text.strip().contains("\n");
    return cut ? line.substring(0, Math.min(line.length(), LICENSE_SHOWN - 1)).stripTrailing() + "\u2026" : line;
  }

  String dates(Instant created, Instant updated) {
    if (created == null && updated == null) {
      return null;
    }
    String text = created == null ? "" : "Created " + Formats.date(created, zone);
    if (updated != null) {
      text += (text.isEmpty() ? "Updated " : ", updated ") + Formats.date(updated, zone);
    }
    return text;
  }

  /** A file's facts on one line: "bdist_wheel · py2.py3 · 88.7 kB · SHA-256 6a1b2c3d… · uploaded 2017-08-15 13:23". */
  public String fileFacts(ReleaseFileLine file) {
    List<String> facts = new ArrayList<>();
    addIfSet(facts, file.packagetype());
    addIfSet(facts, file.pythonVersion());
    if (file.size() != null) {
      facts.add(Formats.bytes(file.size(), Locale.getDefault()));
    }
    if (file.sha256() != null) {
      facts.add("SHA-256 " + file.sha256().substring(0, Math.min(SHA_SHOWN, file.sha256().length())) + "\u2026");
    }
    if (file.uploadTime() != null) {
      facts.add("uploaded " + UPLOADED.format(file.uploadTime().atZone(zone)));
    }
    return String.join(" \u00b7 ", facts);
  }

  /** What a file's one line leaves out: its whole digests and where it is. */
  public static String fileDetails(ReleaseFileLine file) {
    List<String> details = new ArrayList<>();
    if (file.sha256() != null) {
      details.add("SHA-256 " + file.sha256());
    }
    if (file.md5() != null) {
      details.add("MD5 " + file.md5());
    }
    addIfSet(details, file.url());
    return details.isEmpty() ? file.filename() : String.join("\n", details);
  }

  private static void addIfSet(List<String> list, String value) {
    if (value != null && !value.isBlank()) {
      list.add(value.strip());
    }
  }

  /** "Delete requests?" is the question; this says what goes with it. */
  public static String deletionConsequences(DeletionImpact impact) {
    return "This also deletes " + plural(impact.releases(), "release") + ", " + plural(impact.files(), "file") + ", "
        + plural(impact.downloads(), "download") + " and " + plural(impact.maintainers(), "maintainer role")
        + ". This cannot be undone.";
  }

  static String plural(long count, String noun) {
    return String.format(Locale.getDefault(), "%,d %s%s", count, noun, count == 1 ? "" : "s");
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

}
