package org.packdesk.ui.licenses;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.packdesk.catalog.LicenseRow;
import org.packdesk.ui.EditingFixture;
import org.testfx.framework.junit5.Start;

class LicensesViewTest extends EditingFixture {

  @Start
  void start(Stage stage) {
    openMainWindow(stage);
  }

  @Test
  void theLicensesButtonShowsEveryLicenseMostUsedFirst() throws TimeoutException {
    clickOn("#nav-licenses");

    waitForRows("#licensesTable", LicenseRow::id, List.of("BSD-3-Clause", "Apache-2.0"));
    assertEquals(List.of(2L, 1L), table("#licensesTable").getItems().stream()
        .map(row -> ((LicenseRow) row).packages()).toList());
    assertCellShown("#licensesTable", "BSD-3-Clause");
    assertCellShown("#licensesTable", "Apache License 2.0");
    waitForStatus("#licensesStatus", "2 licenses");
    assertEquals("Licenses", lookup(".section-title").queryAs(Label.class).getText());
  }

  @Test
  void searchingADescriptionFindsItsLicense() throws TimeoutException {
    clickOn("#nav-licenses");
    clickOn("#licensesSearch").write("apache license");
    waitForStatus("#licensesStatus", "1 license matching \u201capache license\u201d");
    waitForRows("#licensesTable", LicenseRow::id, List.of("Apache-2.0"));
  }

  @Test
  void anEditedDescriptionShowsInFullBesideTheTable() throws TimeoutException {
    clickOn("#nav-licenses");
    clickCell("#licensesTable", "BSD-3-Clause");
    waitForText("#licenseDetailName", "BSD-3-Clause");
    assertEquals("Used by 2 packages", textOf("#licenseDetailCount"));
    clickOn("#editDescriptionButton");
    clickOn("#licenseDescriptionEditor").write("BSD 3-Clause License\n\nRedistribution and use");
    clickOn("#formSubmit");

    TextArea text = lookup("#licenseDescription").queryAs(TextArea.class);
    waitUntil(() -> "BSD 3-Clause License\n\nRedistribution and use".equals(text.getText()));
    assertCellShown("#licensesTable", "BSD 3-Clause License");
  }
}
