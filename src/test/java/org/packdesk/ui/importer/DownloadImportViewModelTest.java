package org.packdesk.ui.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.importer.DownloadImportReport;
import org.packdesk.importer.DownloadLogImporter;
import org.packdesk.importer.DownloadLogSamples;
import org.packdesk.model.query.QDownload;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The Import downloads dialog's state, with the real importer on a real catalog (the toolkit runs the task). */
@ExtendWith(ApplicationExtension.class)
class DownloadImportViewModelTest {

  @TempDir
  Path dir;
  CatalogDatabase catalog;
  final List<Boolean> anonymized = new ArrayList<>();
  DownloadImportViewModel model;

  @BeforeEach
  void open() {
    catalog = TestCatalogs.open(dir.resolve("db"));
    TestCatalogs.fillSample(catalog.database());
    model = new DownloadImportViewModel(anonymize -> {
      anonymized.add(anonymize);
      return (files, progress, cancelled) ->
          new DownloadLogImporter(catalog.database(), "tester", anonymize).importFiles(files, progress, cancelled);
    });
  }

  @AfterEach
  void close() {
    catalog.close();
  }

  private DownloadImportReport run(Task<DownloadImportReport> task) throws Exception {
    new Thread(task).start();
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.runningProperty().get());
    return model.reportProperty().get();
  }

  @Test
  void aFolderStandsForTheLogsInItAndAddressesAreAnonymisedByDefault() throws Exception {
    Path logs = Files.createDirectories(dir.resolve("logs"));
    DownloadLogSamples.write(logs, "b.log", DownloadLogSamples.ACCESS_LOG);
    DownloadLogSamples.writeGzip(logs, "a.log.gz", DownloadLogSamples.ACCESS_LOG);
    DownloadLogSamples.write(logs, ".hidden", "not a log");
    model.add(List.of(logs));
    assertTrue(model.anonymizeProperty().get());

    assertEquals(List.of(logs.resolve("a.log.gz"), logs.resolve("b.log")), model.collect(model.sources()));
    DownloadImportReport report = run(WaitForAsyncUtils.asyncFx(model::createTask).get());

    assertEquals(List.of(true), anonymized);
    assertEquals(12, report.downloads());
    assertEquals(2, report.files());
    assertTrue(new QDownload(catalog.database()).ipAddress.eq("203.0.113.9").findList().isEmpty(),
        "no full address is stored");
  }

  @Test
  void cancelEndsWithTheReportOfWhatWasImported() throws Exception {
    Path log = DownloadLogSamples.write(dir, "access.log", DownloadLogSamples.ACCESS_LOG);
    model.add(List.of(log));
    model.anonymizeProperty().set(false);
    // an import that waits for the cancel, then runs as the importer does when cancelled
    DownloadImportViewModel waiting = new DownloadImportViewModel(anonymize -> (files, progress, cancelled) -> {
      while (!cancelled.getAsBoolean()) {
        Thread.sleep(10);
      }
      return new DownloadLogImporter(catalog.database(), "tester", anonymize).importFiles(files, progress, cancelled);
    });
    waiting.add(List.of(log));
    Task<DownloadImportReport> task = WaitForAsyncUtils.asyncFx(waiting::createTask).get();
    new Thread(task).start();
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> waiting.runningProperty().get());
    Platform.runLater(waiting::cancel);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !waiting.runningProperty().get());

    DownloadImportReport report = waiting.reportProperty().get();
    assertTrue(report.cancelled());
    assertEquals(0, report.downloads());
    assertFalse(waiting.cancellingProperty().get());
    assertEquals(3, new QDownload(catalog.database()).findCount(), "only the sample's downloads");
  }
}
