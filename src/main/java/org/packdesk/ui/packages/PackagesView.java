package org.packdesk.ui.packages;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.Duration;
import org.packdesk.app.AppContext;
import org.packdesk.catalog.PackageRow;

/** The packages table with its search-as-you-type field. */
public final class PackagesView {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

  private final AppContext context;
  private final PackagesViewModel viewModel;

  @FXML private TextField searchField;
  @FXML private Label statusLabel;
  @FXML private ProgressIndicator busy;
  @FXML private TableView<PackageRow> table;
  @FXML private TableColumn<PackageRow, String> nameColumn;
  @FXML private TableColumn<PackageRow, String> summaryColumn;
  @FXML private TableColumn<PackageRow, String> versionColumn;
  @FXML private TableColumn<PackageRow, String> licenseColumn;
  @FXML private TableColumn<PackageRow, Instant> updatedColumn;
  @FXML private TableColumn<PackageRow, Integer> maintainersColumn;

  public PackagesView(AppContext context) {
    this.context = context;
    this.viewModel = new PackagesViewModel(
        text -> context.packageSearch().search(text, PackagesViewModel.LIMIT),
        (work, then) -> context.tasks().run(() -> {
          work.run();
          return null;
        }, ignored -> then.run()));
  }

  @FXML
  private void initialize() {
    nameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
    summaryColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().summary()));
    versionColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().latestVersion()));
    licenseColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().license()));
    updatedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().lastUpdated()));
    updatedColumn.setCellFactory(c -> new TableCell<>() {
      @Override
      protected void updateItem(Instant item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : DATE.format(item));
      }
    });
    maintainersColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().maintainers()));
    table.setItems(viewModel.rows());

    searchField.textProperty().bindBidirectional(viewModel.searchTextProperty());
    PauseTransition typingPause = new PauseTransition(Duration.millis(150));
    typingPause.setOnFinished(e -> viewModel.refresh());
    searchField.textProperty().addListener((obs, old, text) -> typingPause.playFromStart());
    statusLabel.textProperty().bind(viewModel.statusProperty());
    busy.visibleProperty().bind(viewModel.searchingProperty());
    context.catalogRevisionProperty().addListener((obs, old, now) -> viewModel.refresh());
    viewModel.refresh();
  }

  /** Puts the caret in the search field (Ctrl+F). */
  public void focusSearch() {
    searchField.requestFocus();
    searchField.selectAll();
  }
}
