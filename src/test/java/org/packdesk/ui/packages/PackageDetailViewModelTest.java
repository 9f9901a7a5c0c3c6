package org.packdesk.ui.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.packdesk.catalog.PackageDetail;
import org.packdesk.catalog.PackageDetail.MaintainerLine;
import org.packdesk.catalog.PackageDetail.ReleaseLine;
import org.packdesk.catalog.ReleaseFileLine;
import org.packdesk.catalog.edit.DeletePackage.DeletionImpact;
import org.packdesk.model.LifecycleStatus;
import org.packdesk.model.MaintainerRole;
import org.packdesk.ui.browse.BrowseViewModel.Background;
import org.packdesk.ui.packages.PackageDetailViewModel.State;

/** The detail pane's state, without a toolkit: background work runs when the test says so. */
class PackageDetailViewModelTest {

  private static final Instant DAY = Instant.parse("2017-08-15T13:23:43Z");
  private static final ReleaseLine NEW = new ReleaseLine(1, "2.18.4", DAY, 1000L, 2, false, null, 3);
  private static final ReleaseLine OLD = new ReleaseLine(2, "0.2.0", DAY, 3000L, 1, true, "Broken packaging", 0);

  private final Map<String, PackageDetail> catalog = new HashMap<>();
  private final Deque<Runnable> pending = new ArrayDeque<>();
  private final PackageDetailViewModel detail = new PackageDetailViewModel(new PackageDetailViewModel.Source() {
    @Override
    public Optional<PackageDetail> load(String packageId) {
      return Optional.ofNullable(catalog.get(packageId));
    }

    @Override
    public List<ReleaseFileLine> files(long releaseId) {
      return List.of(file(releaseId == 1 ? "requests-2.18.4.tar.gz" : "requests-0.2.0.tar.gz"));
    }
  }, new Background() {
    @Override
    public <T> void run(Callable<T> work, Consumer<T> onResult, Consumer<Throwable> onError) {
      pending.add(() -> {
        try {
          onResult.accept(work.call());
        } catch (Exception e) {
          onError.accept(e);
        }
      });
    }
  }, ZoneOffset.UTC);

  private static ReleaseFileLine file(String name) {
    return new ReleaseFileLine(7, name, "sdist", "source", 88_700L, "6a1b267aa90cac58ac3a765d067950e7dbbf75b1da07e895d1f594193a40a38b",
        "b".repeat(32), "https://files.example.org/" + name, DAY);
  }

  private static PackageDetail requests(String summary, LifecycleStatus lifecycle, ReleaseLine... releases) {
    return new PackageDetail("requests", "requests", 3, summary, "Requests\n========\n\nHTTP for Humans.",
        "http://python-requests.org", null, "https://pypi.org/project/requests/", "UNKNOWN", "Kenneth Reitz",
        "me@kennethreitz.com", "Apache-2.0", "Apache 2.0", List.of("Python :: 3"),
        List.of(new MaintainerLine("Kenneth Reitz", "me@kennethreitz.com", MaintainerRole.OWNER),
            new MaintainerLine(null, "ci@example.org", MaintainerRole.MAINTAINER)),
        "http humans", ">=2.7", lifecycle, lifecycle == LifecycleStatus.ACTIVE ? null : "Use httpx",
        Instant.parse("2011-02-14T00:00:00Z"), DAY, List.of(releases), 3);
  }

  private void runPending() {
    while (!pending.isEmpty()) {
      pending.poll().run();
    }
  }

  @Test
  void aPackageShowsWithItsNewestReleaseAndThatReleasesFiles() {
    catalog.put("requests", requests("Python HTTP for Humans.", LifecycleStatus.ACTIVE, NEW, OLD));
    detail.show("requests");
    assertEquals(State.LOADING, detail.stateProperty().get());
    runPending();

    assertEquals(State.SHOWN, detail.stateProperty().get());
    assertEquals("2.18.4", detail.versionTextProperty().get());
    assertNull(detail.lifecycleTextProperty().get(), "no badge for an active package");
    assertEquals("Kenneth Reitz (owner), ci@example.org (maintainer)", detail.maintainersTextProperty().get());
    assertEquals("Apache 2.0", detail.publishedLicenseProperty().get());
    assertEquals("3 downloads of 1 release", detail.downloadsTextProperty().get());
    assertEquals("Created 2011-02-14, updated 2017-08-15", detail.datesTextProperty().get());
    assertEquals("Releases (2)", detail.releasesTitleProperty().get());
    assertEquals("2 releases \u00b7 1 yanked", detail.releasesStatusProperty().get());
    assertEquals(List.of(NEW, OLD), detail.releases());
    assertEquals(NEW, detail.selectedReleaseProperty().get());
    assertEquals("requests-2.18.4.tar.gz", detail.files().get(0).filename());
    assertTrue(detail.canYankProperty().get());
    assertFalse(detail.canUnyankProperty().get());
    assertEquals(List.of("Home page", "Package page", "Download"), detail.links().stream().map(PackageDetailViewModel.Link::label).toList());
    assertNull(detail.links().get(0).problem());
    assertEquals("Not a web address: write it in full, starting with https:// or http://.", detail.links().get(2).problem());
    assertEquals(DescriptionBlocks.Kind.HEADING_1, detail.description().get(0).kind());
  }

  @Test
  void choosingAYankedReleaseSaysWhyAndOffersToUnyank() {
    catalog.put("requests", requests("Python HTTP for Humans.", LifecycleStatus.ACTIVE, NEW, OLD));
    detail.show("requests");
    runPending();
    detail.selectedReleaseProperty().set(OLD);
    runPending();
    assertEquals("Files of 0.2.0", detail.filesTitleProperty().get());
    assertEquals("requests-0.2.0.tar.gz", detail.files().get(0).filename());
    assertEquals("Yanked: Broken packaging", detail.yankedNoteProperty().get());
    assertFalse(detail.canYankProperty().get());
    assertTrue(detail.canUnyankProperty().get());
    assertEquals("requests 0.2.0", detail.releaseLabel(OLD));
  }

  @Test
  void reloadingKeepsTheChosenReleaseAndShowsItsNewState() {
    catalog.put("requests", requests("Python HTTP for Humans.", LifecycleStatus.ACTIVE, NEW, OLD));
    detail.show("requests");
    runPending();
    detail.selectedReleaseProperty().set(OLD);
    runPending();

    ReleaseLine unyanked = new ReleaseLine(2, "0.2.0", DAY, 3000L, 1, false, null, 0);
    catalog.put("requests", requests("HTTP for people", LifecycleStatus.DEPRECATED, NEW, unyanked));
    detail.reload();
    assertEquals("requests", detail.detailProperty().get().name(), "the old detail stays until the new one is read");
    runPending();

    assertEquals("HTTP for people", detail.detailProperty().get().summary());
    assertEquals(unyanked, detail.selectedReleaseProperty().get());
    assertNull(detail.yankedNoteProperty().get());
    assertEquals("Deprecated", detail.lifecycleTextProperty().get());
  }

  @Test
  void anAnswerForAPackageNoLongerChosenIsDropped() {
    catalog.put("requests", requests("Python HTTP for Humans.", LifecycleStatus.ACTIVE, NEW));
    detail.show("requests");
    detail.show("gone");
    Runnable requestsAnswer = pending.poll();
    runPending();
    assertEquals(State.GONE, detail.stateProperty().get());
    requestsAnswer.run();
    assertNull(detail.detailProperty().get(), "requests arrived late and is not shown");

    detail.show(null);
    assertEquals(State.EMPTY, detail.stateProperty().get());
  }

  @Test
  void filesAndDeletionsAreDescribedForPeople() {
    assertEquals("sdist \u00b7 source \u00b7 88.7 kB \u00b7 SHA-256 6a1b267a\u2026 \u00b7 uploaded 2017-08-15 13:23",
        detail.texts().fileFacts(file("requests-2.18.4.tar.gz")));
    assertEquals("SHA-256 6a1b267aa90cac58ac3a765d067950e7dbbf75b1da07e895d1f594193a40a38b\nMD5 " + "b".repeat(32)
        + "\nhttps://files.example.org/x.tar.gz", DetailTexts.fileDetails(file("x.tar.gz")));
    assertEquals("This also deletes 3 releases, 3 files, 3 downloads and 1 maintainer role. This cannot be undone.",
        DetailTexts.deletionConsequences(new DeletionImpact(3, 3, 3, 1)));
    assertEquals("This also deletes 1 release, 1 file, 0 downloads and 0 maintainer roles. This cannot be undone.",
        DetailTexts.deletionConsequences(new DeletionImpact(1, 1, 0, 0)));
    assertEquals("Apache License\u2026", DetailTexts.shortened("  Apache License\n  Version 2.0, January 2004"));
  }
}
