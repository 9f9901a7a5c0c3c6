package org.packdesk.catalog.edit;

import io.ebean.Database;
import org.packdesk.model.Release;

/** Yanks a release with a reason, or un-yanks it (PyPI's yank: still installable when pinned). */
public final class YankRelease implements Change {

  private final long releaseId;
  private final boolean yanked;
  private final String reason;
  private final String label;

  /** @param label how the journal names the release, e.g. "requests 2.0.0" */
  public YankRelease(long releaseId, String label, boolean yanked, String reason) {
    this.releaseId = releaseId;
    this.label = label;
    this.yanked = yanked;
    this.reason = yanked ? blankToNull(reason) : null;
  }

  @Override
  public Change apply(Database db) {
    Release release = db.find(Release.class, releaseId);
    if (release == null) {
      throw new RuleViolation("The release " + label + " no longer exists.");
    }
    YankRelease inverse = new YankRelease(releaseId, label, release.isYanked(), release.getYankedReason());
    release.setYanked(yanked);
    release.setYankedReason(reason);
    db.update(release);
    return inverse;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  @Override
  public String description() {
    return yanked ? "Yank " + label + (reason == null ? "" : " (" + reason + ")") : "Un-yank " + label;
  }

  @Override
  public String action() {
    return yanked ? "yank" : "unyank";
  }

  @Override
  public String entity() {
    return "release";
  }

  @Override
  public String entityId() {
    return Long.toString(releaseId);
  }
}
