package org.packdesk.ui.licenses;

import java.util.List;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.packdesk.app.AppContext;
import org.packdesk.catalog.LicenseDetail;
import org.packdesk.catalog.PackageRef;
import org.packdesk.ui.browse.BrowseView;
import org.packdesk.ui.browse.TwoLineCell;

/** The detail pane of the Licenses section: the whole description, the packages, Edit description…. */
public final class LicenseDetailView {

  private final AppContext context;
  private final LicenseDetailViewModel viewModel;

  @FXML private VBox emptyState;
  @FXML private VBox content;
  @FXML private Label nameLabel;
  @FXML private Label countLabel;
  @FXML private TextArea descriptionArea;
  @FXML private Label noDescription;
  @FXML private ListView<PackageRef> packagesList;

  public LicenseDetailView(AppContext context) {
    this.context = context;
    this.viewModel = new LicenseDetailViewModel(new LicenseDetailViewModel.Catalog() {
      @Override
      public Optional<LicenseDetail> detail(String id) {
        return context.licenseQueries().detail(id);
      }

      @Override
      public List<PackageRef> packagesOf(String id, int limit) {
        return context.packageLookup().withLicense(id, limit);
      }
    }, BrowseView.inBackground(context));
  }

  @FXML
  private void initialize() {
    emptyState.visibleProperty().bind(viewModel.shownProperty().isNull());
    content.visibleProperty().bind(viewModel.shownProperty().isNotNull());
    nameLabel.textProperty().bind(viewModel.nameText());
    countLabel.textProperty().bind(viewModel.countText());
    descriptionArea.textProperty().bind(viewModel.descriptionText());
    descriptionArea.visibleProperty().bind(viewModel.hasDescription());
    descriptionArea.managedProperty().bind(descriptionArea.visibleProperty());
    noDescription.visibleProperty().bind(viewModel.hasDescription().not());
    noDescription.managedProperty().bind(noDescription.visibleProperty());
    packagesList.setItems(viewModel.packages());
    packagesList.setCellFactory(list -> new TwoLineCell<>(PackageRef::name, PackageRef::summary));
    context.catalogRevisionProperty().addListener((obs, old, now) -> viewModel.reload());
  }

  public void show(String licenseId) {
    viewModel.show(licenseId);
  }

  @FXML
  private void editDescription() {
    LicenseDescriptionView.open(context, viewModel.license());
  }
}
