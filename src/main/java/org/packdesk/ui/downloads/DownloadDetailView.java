package org.packdesk.ui.downloads;

import java.time.ZoneId;
import javafx.fxml.FXML;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.packdesk.app.AppContext;
import org.packdesk.ui.browse.BrowseView;

/** The detail pane of the Downloads section: one download event and its client. */
public final class DownloadDetailView {

  private final AppContext context;
  private final DownloadDetailViewModel viewModel;

  @FXML private VBox emptyState;
  @FXML private VBox content;
  @FXML private Label timeLabel;
  @FXML private Hyperlink packageLink;
  @FXML private Label releaseLabel;
  @FXML private Label fileLabel;
  @FXML private Label addressLabel;
  @FXML private Label installerLabel;
  @FXML private Label pythonLabel;
  @FXML private Label implementationLabel;
  @FXML private Label systemLabel;
  @FXML private Label distroLabel;
  @FXML private Label cpuLabel;
  @FXML private TextArea userAgentArea;
  @FXML private Label noUserAgent;

  public DownloadDetailView(AppContext context) {
    this.context = context;
    this.viewModel = new DownloadDetailViewModel(context.downloadDetails()::find, BrowseView.inBackground(context),
        ZoneId.systemDefault());
  }

  @FXML
  private void initialize() {
    emptyState.visibleProperty().bind(viewModel.detailProperty().isNull());
    content.visibleProperty().bind(viewModel.detailProperty().isNotNull());
    timeLabel.textProperty().bind(viewModel.timeText());
    packageLink.textProperty().bind(viewModel.packageText());
    releaseLabel.textProperty().bind(viewModel.releaseText());
    fileLabel.textProperty().bind(viewModel.fileText());
    addressLabel.textProperty().bind(viewModel.addressText());
    installerLabel.textProperty().bind(viewModel.installerText());
    pythonLabel.textProperty().bind(viewModel.pythonText());
    implementationLabel.textProperty().bind(viewModel.implementationText());
    systemLabel.textProperty().bind(viewModel.systemText());
    distroLabel.textProperty().bind(viewModel.distroText());
    cpuLabel.textProperty().bind(viewModel.cpuText());
    userAgentArea.textProperty().bind(viewModel.userAgentText());
    userAgentArea.visibleProperty().bind(viewModel.hasUserAgent());
    userAgentArea.managedProperty().bind(userAgentArea.visibleProperty());
    noUserAgent.visibleProperty().bind(viewModel.hasUserAgent().not());
    noUserAgent.managedProperty().bind(noUserAgent.visibleProperty());
    context.catalogRevisionProperty().addListener((obs, old, now) -> viewModel.reload());
  }

  public void show(Long id) {
    viewModel.show(id);
  }

  @FXML
  private void openPackage() {
    context.openPackage(viewModel.detailProperty().get().packageId());
  }
}
