package org.packdesk.ui.packages;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.packdesk.app.AppContext;
import org.packdesk.catalog.PackageDetail;
import org.packdesk.catalog.PackageDetail.ReleaseLine;
import org.packdesk.catalog.ReleaseFileLine;
import org.packdesk.catalog.edit.Change;
import org.packdesk.catalog.edit.DeletePackage;
import org.packdesk.catalog.edit.RuleViolation;
import org.packdesk.catalog.edit.YankRelease;
import org.packdesk.ui.browse.BrowseView;
import org.packdesk.ui.browse.Columns;
import org.packdesk.ui.packageeditor.PackageEditorDialog;
import org.packdesk.ui.releases.YankReason;
import org.packdesk.ui.trends.DownloadTrendChart;

/**
 * The detail pane beside the packages table: the chosen package's facts, links and description,
 * its releases with their files, and the curator's actions on them (edit, delete, yank).
 */
public final class PackageDetailView {

  private static final PseudoClass MISSING = PseudoClass.getPseudoClass("missing");

  private final AppContext context;
  private final PackageDetailViewModel viewModel;

  @FXML private StackPane root;
  @FXML private VBox placeholder;
  @FXML private Label placeholderText;
  @FXML private VBox content;
  @FXML private Label nameLabel;
  @FXML private Label versionLabel;
  @FXML private Label lifecycleLabel;
  @FXML private Label summaryLabel;
  @FXML private FlowPane linksPane;
  @FXML private Label lifecycleNote;
  @FXML private Label authorLabel;
  @FXML private Hyperlink authorEmailLink;
  @FXML private Label maintainersLabel;
  @FXML private Label licenseLabel;
  @FXML private Label publishedLicenseLabel;
  @FXML private Label requiresPythonLabel;
  @FXML private Label languagesLabel;
  @FXML private Label keywordsLabel;
  @FXML private Label downloadsLabel;
  @FXML private Label datesLabel;
  @FXML private ListView<DescriptionBlocks.Block> descriptionList;
  @FXML private Tab releasesTab;
  @FXML private Label releasesStatus;
  @FXML private Button yankButton;
  @FXML private Button unyankButton;
  @FXML private TableView<ReleaseLine> releasesTable;
  @FXML private TableColumn<ReleaseLine, String> releaseVersionColumn;
  @FXML private TableColumn<ReleaseLine, Instant> releaseDateColumn;
  @FXML private TableColumn<ReleaseLine, Number> releaseSizeColumn;
  @FXML private TableColumn<ReleaseLine, Number> releaseFilesColumn;
  @FXML private TableColumn<ReleaseLine, Number> releaseDownloadsColumn;
  @FXML private TableColumn<ReleaseLine, String> releaseYankedColumn;
  @FXML private Label filesTitle;
  @FXML private Label yankedNote;
  @FXML private ListView<ReleaseFileLine> filesList;
  @FXML private DownloadTrendChart trendChart;

  public PackageDetailView(AppContext context) {
    this.context = context;
    this.viewModel = new PackageDetailViewModel(new PackageDetailViewModel.Source() {
      @Override
      public Optional<PackageDetail> load(String packageId) {
        return context.packageDetails().load(packageId);
      }

      @Override
      public List<ReleaseFileLine> files(long releaseId) {
        return context.packageDetails().files(releaseId);
      }
    }, BrowseView.inBackground(context), ZoneId.systemDefault());
  }

  @FXML
  private void initialize() {
    ObservableValue<PackageDetailViewModel.State> state = viewModel.stateProperty();
    content.visibleProperty().bind(viewModel.detailProperty().isNotNull());
    placeholder.visibleProperty().bind(content.visibleProperty().not());
    placeholderText.textProperty().bind(Bindings.createStringBinding(() -> switch (viewModel.stateProperty().get()) {
      case LOADING -> "Loading\u2026";
      case GONE -> "This package is no longer in the catalog.";
      case NOT_LISTED -> viewModel.notListedProperty().get() + " is no longer among the packages listed: it was deleted,"
          + " or the search or the filters leave it out.";
      default -> "Select a package to see its details, releases and files.";
    }, state));

    nameLabel.textProperty().bind(detailText(PackageDetail::name));
    summaryLabel.textProperty().bind(detailText(PackageDetail::summary));
    showWhenSet(versionLabel, viewModel.versionTextProperty());
    showWhenSet(lifecycleLabel, viewModel.lifecycleTextProperty());
    lifecycleNote.textProperty().bind(Bindings.createStringBinding(() -> lifecycleNoteText(viewModel.detailProperty().get()),
        viewModel.detailProperty()));
    showWhenSet(lifecycleNote, lifecycleNote.textProperty());
    viewModel.links().addListener((ListChangeListener<PackageDetailViewModel.Link>) change -> showLinks());

    fact(authorLabel, viewModel.authorTextProperty());
    authorEmailLink.textProperty().bind(viewModel.authorEmailProperty());
    authorEmailLink.visibleProperty().bind(viewModel.authorEmailProperty().isNotNull());
    authorEmailLink.managedProperty().bind(authorEmailLink.visibleProperty());
    authorEmailLink.setOnAction(e -> context.browser().open("mailto:" + firstAddress(authorEmailLink.getText())));
    fact(maintainersLabel, viewModel.maintainersTextProperty());
    fact(licenseLabel, viewModel.licenseTextProperty());
    publishedLicenseLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.publishedLicenseProperty()
        .get() == null ? null : "As published: " + DetailTexts.shortened(viewModel.publishedLicenseProperty().get()),
        viewModel.publishedLicenseProperty()));
    showWhenSet(publishedLicenseLabel, viewModel.publishedLicenseProperty());
    viewModel.publishedLicenseProperty().addListener((obs, old, text) ->
        publishedLicenseLabel.setTooltip(text == null ? null : new Tooltip(text)));
    fact(requiresPythonLabel, detailText(PackageDetail::requiresPython));
    fact(languagesLabel, viewModel.languagesTextProperty());
    fact(keywordsLabel, detailText(PackageDetail::keywords));
    fact(downloadsLabel, viewModel.downloadsTextProperty());
    fact(datesLabel, viewModel.datesTextProperty());

    descriptionList.setItems(viewModel.description());
    descriptionList.setCellFactory(list -> new DescriptionCell());
    descriptionList.setPlaceholder(muted("No description was published."));
    descriptionList.setFocusTraversable(false);
    // another package's description starts at its top, not where the last one was scrolled to
    viewModel.description().addListener((ListChangeListener<DescriptionBlocks.Block>) change -> descriptionList.scrollTo(0));

    releasesTab.textProperty().bind(viewModel.releasesTitleProperty());
    releasesStatus.textProperty().bind(viewModel.releasesStatusProperty());
    yankButton.disableProperty().bind(viewModel.canYankProperty().not());
    unyankButton.disableProperty().bind(viewModel.canUnyankProperty().not());
    defineReleaseColumns();
    showFiles();
    trendChart.connect(context);
  }

  private void defineReleaseColumns() {
    Columns.text(releaseVersionColumn, ReleaseLine::version);
    Columns.date(releaseDateColumn, ReleaseLine::createdDate, "unknown");
    Columns.bytes(releaseSizeColumn, ReleaseLine::size);
    Columns.count(releaseFilesColumn, ReleaseLine::files);
    Columns.count(releaseDownloadsColumn, ReleaseLine::downloads);
    Columns.warning(releaseYankedColumn, r -> !r.yanked() ? null
        : r.yankedReason() == null ? "Yanked" : "Yanked: " + r.yankedReason());
    SortedList<ReleaseLine> sorted = new SortedList<>(viewModel.releases());
    sorted.comparatorProperty().bind(releasesTable.comparatorProperty());
    releasesTable.setItems(sorted);
    releasesTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    releasesTable.setPlaceholder(muted("No releases."));
    releasesTable.getStyleClass().addAll("dense", "striped", "detail-table");
    releasesTable.getSelectionModel().selectedItemProperty().addListener((obs, old, release) -> {
      if (release != null) {
        viewModel.selectedReleaseProperty().set(release);
      }
    });
    viewModel.selectedReleaseProperty().addListener((obs, old, release) -> selectRelease());
    sorted.addListener((ListChangeListener<ReleaseLine>) change -> selectRelease());
  }

  /** Shows the view model's release as the table's selection (rows are replaced on every reload). */
  private void selectRelease() {
    ReleaseLine release = viewModel.selectedReleaseProperty().get();
    if (release != null && !release.equals(releasesTable.getSelectionModel().getSelectedItem())) {
      releasesTable.getSelectionModel().select(release);
      releasesTable.scrollTo(release);
    }
  }

  private void showFiles() {
    filesList.setItems(viewModel.files());
    filesList.setCellFactory(list -> new FileCell(list, viewModel.texts()::fileFacts, DetailTexts::fileDetails));
    filesList.setPlaceholder(muted("No files."));
    filesTitle.textProperty().bind(viewModel.filesTitleProperty());
    showWhenSet(yankedNote, viewModel.yankedNoteProperty());
  }

  /** Shows the package with this id, or the empty state for null. */
  public void show(String packageId) {
    viewModel.show(packageId);
    if (packageId != null) {
      trendChart.showPackage(packageId);
    }
  }

  /** Says the chosen package left the table, and shows none. */
  public void showNotListed(String packageId) {
    viewModel.showNotListed(packageId);
  }

  /** Reads the shown package again after any change to the catalog. */
  public void followCatalogChanges() {
    context.catalogRevisionProperty().addListener((obs, old, now) -> viewModel.reload());
  }

  /** Opens the editor on the package shown (Edit). */
  @FXML
  private void edit() {
    PackageDetail shown = viewModel.detailProperty().get();
    if (shown != null) {
      edit(shown.id());
    }
  }

  /** Opens the editor on a package (Enter or a double-click on its row). */
  public void edit(String packageId) {
    PackageEditorDialog.open(context, window(), packageId);
  }

  /** Deletes the package shown, once the curator confirmed what goes with it. */
  @FXML
  private void delete() {
    PackageDetail shown = viewModel.detailProperty().get();
    if (shown == null) {
      return;
    }
    context.tasks().run(() -> context.packageEditing().deletionImpact(shown.id()), impact -> {
      if (context.dialogs().confirm("Delete " + shown.name() + "?", DetailTexts.deletionConsequences(impact),
          "Delete " + shown.name(), true)) {
        perform(new DeletePackage(shown.id(), impact));
      }
    });
  }

  @FXML
  private void yank() {
    ReleaseLine release = viewModel.selectedReleaseProperty().get();
    if (release == null || release.yanked()) {
      return;
    }
    String label = viewModel.releaseLabel(release);
    YankReason.ask(context.dialogs(), label, release.version())
        .ifPresent(reason -> perform(new YankRelease(release.id(), label, true, reason)));
  }

  @FXML
  private void unyank() {
    ReleaseLine release = viewModel.selectedReleaseProperty().get();
    if (release != null && release.yanked()) {
      perform(new YankRelease(release.id(), viewModel.releaseLabel(release), false, null));
    }
  }

  private void perform(Change change) {
    context.tasks().run(() -> {
      context.journal().perform(change);
      return null;
    }, done -> context.catalogChanged(), error -> {
      if (error instanceof RuleViolation) {
        context.dialogs().showError("Not done", error.getMessage(), null);
      } else {
        context.dialogs().showError(error);
      }
      context.catalogChanged();
    });
  }

  private void showLinks() {
    linksPane.getChildren().setAll(viewModel.links().stream().map(link -> {
      Hyperlink hyperlink = new Hyperlink(link.label(), new FontIcon(link.icon()));
      hyperlink.getStyleClass().add("detail-link");
      if (link.problem() == null) {
        hyperlink.setTooltip(new Tooltip(link.url()));
        hyperlink.setOnAction(e -> context.browser().open(link.url()));
      } else {
        hyperlink.setText(link.label() + ": " + link.url());
        hyperlink.setDisable(true);
        hyperlink.setTooltip(new Tooltip(link.problem()));
      }
      return hyperlink;
    }).toList());
    linksPane.setVisible(!viewModel.links().isEmpty());
    linksPane.setManaged(linksPane.isVisible());
  }

  private ObservableValue<String> detailText(Function<PackageDetail, String> field) {
    return Bindings.createStringBinding(() -> {
      PackageDetail detail = viewModel.detailProperty().get();
      String text = detail == null ? null : field.apply(detail);
      return text == null || text.isBlank() ? null : text.strip();
    }, viewModel.detailProperty());
  }

  /** A fact's value, or a muted dash where the package has none. */
  private static void fact(Label label, ObservableValue<String> value) {
    label.textProperty().bind(Bindings.createStringBinding(() -> value.getValue() == null ? "\u2014" : value.getValue(), value));
    label.getStyleClass().add("fact-value");
    value.addListener((obs, old, text) -> label.pseudoClassStateChanged(MISSING, text == null));
    label.pseudoClassStateChanged(MISSING, value.getValue() == null);
  }

  private static void showWhenSet(Label label, ObservableValue<String> value) {
    if (!label.textProperty().isBound()) {
      label.textProperty().bind(value);
    }
    label.visibleProperty().bind(Bindings.createBooleanBinding(() -> value.getValue() != null, value));
    label.managedProperty().bind(label.visibleProperty());
  }

  private static String lifecycleNoteText(PackageDetail detail) {
    if (detail == null || detail.lifecycleNote() == null || detail.lifecycleNote().isBlank()) {
      return null;
    }
    return detail.lifecycleNote().strip();
  }

  private static String firstAddress(String emails) {
    return emails.split("[,;]")[0].strip();
  }

  private static Label muted(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("table-placeholder");
    return label;
  }

  private Window window() {
    return root.getScene().getWindow();
  }
}
