package org.packdesk.ui.licenses;

import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.packdesk.app.AppContext;
import org.packdesk.catalog.LicenseDetail;
import org.packdesk.ui.common.CatalogEditor;
import org.packdesk.ui.common.DialogService;
import org.packdesk.ui.common.InlineErrors;
import org.packdesk.ui.common.ViewLoader;

/** The Edit description dialog's form: the license's text in a large editor. */
public final class LicenseDescriptionView implements DialogService.Form {

  private LicenseDescriptionViewModel viewModel;

  @FXML private VBox root;
  @FXML private TextArea textArea;
  @FXML private Label saveError;

  public static void open(AppContext context, LicenseDetail license) {
    LicenseDescriptionView form = new ViewLoader(context).<LicenseDescriptionView>load("license-description").controller();
    form.viewModel = new LicenseDescriptionViewModel(license, CatalogEditor.of(context));
    form.textArea.textProperty().bindBidirectional(form.viewModel.textProperty());
    InlineErrors.show(form.saveError, form.viewModel.saveErrorProperty(), form.textArea);
    context.dialogs().showForm("Edit license description", "The description of " + license.id(), "Save", form);
  }

  @Override
  public Node content() {
    return root;
  }

  @Override
  public Node initialFocus() {
    return textArea;
  }

  @Override
  public ObservableBooleanValue canSubmit() {
    return viewModel.canSaveProperty();
  }

  @Override
  public void submit(Runnable close) {
    viewModel.save(close);
  }
}
