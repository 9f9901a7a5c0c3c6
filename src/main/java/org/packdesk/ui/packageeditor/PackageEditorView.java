package org.packdesk.ui.packageeditor;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.packdesk.app.AppContext;
import org.packdesk.catalog.EditablePackage;
import org.packdesk.catalog.edit.ConflictException;
import org.packdesk.catalog.edit.PackageField;
import org.packdesk.catalog.edit.RuleViolation;
import org.packdesk.catalog.edit.SetPackageFields;
import org.packdesk.model.LifecycleStatus;
import org.packdesk.ui.common.DialogService;

/**
 * The package editor's form (FXML controller). Values, rules and the change live in
 * {@link PackageEditorViewModel}; this binds the controls to it, mirrors its problems into
 * ControlsFX decorations, and saves through the journal in the background.
 */
public final class PackageEditorView {

  private final AppContext context;
  private final PackageEditorViewModel viewModel = new PackageEditorViewModel();
  private final ValidationSupport validation = new ValidationSupport();

  @FXML private VBox root;
  @FXML private Label heading;
  @FXML private Label modifiedLabel;
  @FXML private TextField summaryField;
  @FXML private TextArea descriptionArea;
  @FXML private TextField homePageField;
  @FXML private TextField docsUrlField;
  @FXML private TextField packageUrlField;
  @FXML private TextField downloadUrlField;
  @FXML private TextField authorNameField;
  @FXML private TextField authorEmailField;
  @FXML private TextField keywordsField;
  @FXML private TextField requiresPythonField;
  @FXML private ComboBox<String> licenseBox;
  @FXML private ComboBox<LifecycleStatus> lifecycleBox;
  @FXML private TextField lifecycleNoteField;
  @FXML private Label problemsLabel;
  @FXML private Button saveButton;

  public PackageEditorView(AppContext context) {
    this.context = context;
  }

  @FXML
  private void initialize() {
    Map<PackageField, TextInputControl> inputs = new EnumMap<>(PackageField.class);
    inputs.put(PackageField.SUMMARY, summaryField);
    inputs.put(PackageField.DESCRIPTION, descriptionArea);
    inputs.put(PackageField.HOME_PAGE, homePageField);
    inputs.put(PackageField.DOCS_URL, docsUrlField);
    inputs.put(PackageField.PACKAGE_URL, packageUrlField);
    inputs.put(PackageField.DOWNLOAD_URL, downloadUrlField);
    inputs.put(PackageField.AUTHOR_NAME, authorNameField);
    inputs.put(PackageField.AUTHOR_EMAIL, authorEmailField);
    inputs.put(PackageField.KEYWORDS, keywordsField);
    inputs.put(PackageField.REQUIRES_PYTHON, requiresPythonField);
    inputs.put(PackageField.LIFECYCLE_NOTE, lifecycleNoteField);
    inputs.forEach((field, input) -> {
      input.textProperty().bindBidirectional(viewModel.text(field));
      validation.registerValidator(input, field == PackageField.SUMMARY,
          (Control control, String text) -> decoration(control, viewModel.problem(field).getValue()));
    });
    licenseBox.setItems(viewModel.licenseChoices());
    licenseBox.valueProperty().bindBidirectional(viewModel.licenseProperty());
    lifecycleBox.getItems().setAll(LifecycleStatus.values());
    lifecycleBox.setConverter(Lifecycles.converter());
    lifecycleBox.valueProperty().bindBidirectional(viewModel.lifecycleProperty());

    heading.textProperty().bind(viewModel.headingProperty());
    modifiedLabel.visibleProperty().bind(viewModel.dirtyProperty());
    saveButton.disableProperty().bind(viewModel.canSaveProperty().not());
    problemsLabel.textProperty().bind(viewModel.problemsTextProperty());
  }

  private static ValidationResult decoration(Control control, PackageEditorViewModel.Problem problem) {
    if (problem == null) {
      return new ValidationResult();
    }
    return problem.error() ? ValidationResult.fromError(control, problem.message())
        : ValidationResult.fromWarning(control, problem.message());
  }

  /** Fills the form with {@code pkg} as read; called before the editor shows, and after "Take theirs". */
  public void edit(EditablePackage pkg) {
    viewModel.load(pkg);
    validation.revalidate();
  }

  /** "Edit requests", with "•" while modified: the window's title. */
  public ObservableStringValue titleProperty() {
    return viewModel.titleProperty();
  }

  /** Saves, when there is something valid to save (Save, Ctrl+S). */
  @FXML
  public void save() {
    if (viewModel.canSaveProperty().get()) {
      SetPackageFields change = viewModel.change();
      saveInBackground(change, () -> {
        context.journal().perform(change);
        return null;
      });
    }
  }

  /** Closes the editor, after asking whether to discard changes if there are some (Cancel, Esc, closing). */
  @FXML
  public void cancel() {
    if (viewModel.isDirty()) {
      String fields = viewModel.editedValues().keySet().stream().map(PackageField::label)
          .collect(Collectors.joining(", "));
      boolean discard = dialogs().confirm("Discard your changes to " + viewModel.readProperty().get().name() + "?",
          "You changed: " + fields + ". None of it is saved if you close the editor now.",
          "Discard changes", "Keep editing", true);
      if (!discard) {
        return;
      }
    }
    window().hide();
  }

  private void saveInBackground(SetPackageFields change, Callable<Void> work) {
    viewModel.savingProperty().set(true);
    context.tasks().run(work, done -> {
      viewModel.savingProperty().set(false);
      window().hide();
      context.catalogChanged();
    }, error -> {
      viewModel.savingProperty().set(false);
      notSaved(change, error);
    });
  }

  private void notSaved(SetPackageFields change, Throwable error) {
    if (error instanceof ConflictException conflict) {
      ConflictDialog.ask(dialogs(), conflict).ifPresent(choice -> {
        if (choice == ConflictDialog.Choice.KEEP_MINE) {
          saveInBackground(change, () -> {
            context.journal().perform(context.packageEditing().rebase(change));
            return null;
          });
        } else {
          takeTheirs();
        }
      });
    } else if (error instanceof RuleViolation) {
      dialogs().showError("Not saved", error.getMessage(), null);
    } else {
      dialogs().showError(error);
    }
  }

  /** Drops the curator's edits and shows the package as stored now. */
  private void takeTheirs() {
    String id = viewModel.readProperty().get().id();
    context.tasks().run(() -> context.packageEditing().read(id), this::edit, error -> {
      dialogs().showError(error);
      window().hide();
    });
    context.catalogChanged();
  }

  private DialogService dialogs() {
    return context.dialogs().over(window());
  }

  private Window window() {
    return root.getScene().getWindow();
  }
}
