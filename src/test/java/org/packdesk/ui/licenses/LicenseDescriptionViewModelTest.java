package org.packdesk.ui.licenses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.packdesk.catalog.LicenseDetail;
import org.packdesk.ui.common.RecordingEditor;

class LicenseDescriptionViewModelTest {

  private final RecordingEditor editor = new RecordingEditor();
  private final LicenseDescriptionViewModel form =
      new LicenseDescriptionViewModel(new LicenseDetail("Apache-2.0", "Apache License 2.0", 3, 0), editor);

  @Test
  void startsWithTheDescriptionAndSavesOnlyAChange() {
    assertEquals("Apache License 2.0", form.textProperty().get());
    assertFalse(form.canSaveProperty().get());
    form.textProperty().set("Apache License, Version 2.0");
    assertTrue(form.canSaveProperty().get());
    form.save(() -> { });
    assertEquals("Edit the description of license Apache-2.0", editor.onlyChange());
  }

  @Test
  void anEditMadeMeanwhileIsReportedInTheForm() {
    form.textProperty().set("Mine");
    editor.refuseWith("The description of Apache-2.0 was changed by someone else since you opened it.");
    form.save(() -> { });
    assertEquals("The description of Apache-2.0 was changed by someone else since you opened it.",
        form.saveErrorProperty().get());
  }
}
