package org.packdesk.ui.releases;

import atlantafx.base.controls.Message;
import java.time.ZoneId;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.packdesk.app.AppContext;
import org.packdesk.catalog.ReleaseDetail;
import org.packdesk.catalog.ReleaseFileLine;
import org.packdesk.ui.browse.BrowseView;
import org.packdesk.ui.common.CatalogEditor;
import org.packdesk.ui.packages.DetailTexts;
import org.packdesk.ui.packages.FileCell;

/** The detail pane of the Releases section: the chosen release's facts, files, downloads, yank. */
public final class ReleaseDetailView {

  private final AppContext context;
  private final ReleaseDetailViewModel viewModel;
  private final DetailTexts texts = new DetailTexts(ZoneId.systemDefault());

  @FXML private VBox emptyState;
  @FXML private VBox content;
  @FXML private Hyperlink packageLink;
  @FXML private Label versionLabel;
  @FXML private Label yankedLabel;
  @FXML private Label schemeLabel;
  @FXML private Label uploadedLabel;
  @FXML private Label requiresPythonLabel;
  @FXML private Label statusLabel;
  @FXML private Label downloadsLabel;
  @FXML private Button yankButton;
  @FXML private Button unyankButton;
  @FXML private Message problem;
  @FXML private Label filesTitle;
  @FXML private ListView<ReleaseFileLine> filesList;

  public ReleaseDetailView(AppContext context) {
    this.context = context;
    this.viewModel = new ReleaseDetailViewModel(context.releaseDetails()::find, BrowseView.inBackground(context),
        CatalogEditor.of(context), ZoneId.systemDefault());
  }

  @FXML
  private void initialize() {
    emptyState.visibleProperty().bind(viewModel.detailProperty().isNull());
    content.visibleProperty().bind(viewModel.detailProperty().isNotNull());
    packageLink.textProperty().bind(viewModel.packageText());
    versionLabel.textProperty().bind(viewModel.versionText());
    yankedLabel.textProperty().bind(viewModel.yankedText());
    yankedLabel.visibleProperty().bind(viewModel.yanked());
    yankedLabel.managedProperty().bind(yankedLabel.visibleProperty());
    schemeLabel.textProperty().bind(viewModel.schemeText());
    uploadedLabel.textProperty().bind(viewModel.uploadedText());
    requiresPythonLabel.textProperty().bind(viewModel.requiresPythonText());
    statusLabel.textProperty().bind(viewModel.yankedText());
    downloadsLabel.textProperty().bind(viewModel.downloadsText());
    yankButton.disableProperty().bind(viewModel.canYank().not());
    unyankButton.disableProperty().bind(viewModel.canUnyank().not());
    problem.descriptionProperty().bind(viewModel.problemProperty());
    problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
    problem.managedProperty().bind(problem.visibleProperty());
    problem.setOnClose(e -> viewModel.dismissProblem());
    filesTitle.textProperty().bind(viewModel.filesTitle());
    filesList.setItems(viewModel.files());
    filesList.setCellFactory(list -> new FileCell(list, texts::fileFacts, DetailTexts::fileDetails));
    context.catalogRevisionProperty().addListener((obs, old, now) -> viewModel.reload());
  }

  /** Shows the release {@code id}; null shows none. */
  public void show(Long id) {
    viewModel.show(id);
  }

  private ReleaseDetail release() {
    return viewModel.detailProperty().get();
  }

  @FXML
  private void openPackage() {
    context.openPackage(release().packageId());
  }

  @FXML
  private void yank() {
    YankReason.ask(context.dialogs(), release().label(), release().version()).ifPresent(viewModel::yank);
  }

  @FXML
  private void unyank() {
    viewModel.unyank();
  }
}
