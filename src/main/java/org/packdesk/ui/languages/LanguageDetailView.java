package org.packdesk.ui.languages;

import atlantafx.base.controls.Message;
import java.util.List;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.packdesk.app.AppContext;
import org.packdesk.catalog.PackageRef;
import org.packdesk.ui.browse.BrowseView;
import org.packdesk.ui.browse.TwoLineCell;
import org.packdesk.ui.common.CatalogEditor;

/** The detail pane of the Languages section: the chosen language's packages, Rename… and Merge into…. */
public final class LanguageDetailView {

  private final AppContext context;
  private final LanguageDetailViewModel viewModel;
  private Consumer<String> onRenamed = name -> { };

  @FXML private VBox emptyState;
  @FXML private VBox content;
  @FXML private Label nameLabel;
  @FXML private Label countLabel;
  @FXML private Message problem;
  @FXML private ListView<PackageRef> packagesList;

  public LanguageDetailView(AppContext context) {
    this.context = context;
    this.viewModel = new LanguageDetailViewModel(new LanguageDetailViewModel.Catalog() {
      @Override
      public List<PackageRef> packagesOf(String language, int limit) {
        return context.packageLookup().withLanguage(language, limit);
      }

      @Override
      public long declaredBy(String language) {
        return context.languageQueries().packageCount(language);
      }

      @Override
      public boolean exists(String language) {
        return context.languageQueries().exists(language);
      }
    }, BrowseView.inBackground(context), CatalogEditor.of(context), context.dialogs()::confirm);
  }

  @FXML
  private void initialize() {
    emptyState.visibleProperty().bind(viewModel.languageProperty().isNull());
    content.visibleProperty().bind(viewModel.languageProperty().isNotNull());
    nameLabel.textProperty().bind(viewModel.nameText());
    countLabel.textProperty().bind(viewModel.countText());
    problem.descriptionProperty().bind(viewModel.problemProperty());
    problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
    problem.managedProperty().bind(problem.visibleProperty());
    problem.setOnClose(e -> viewModel.dismissProblem());
    packagesList.setItems(viewModel.packages());
    packagesList.setCellFactory(list -> new TwoLineCell<>(PackageRef::name, PackageRef::summary));
    context.catalogRevisionProperty().addListener((obs, old, now) -> viewModel.reload());
  }

  public void show(String language) {
    viewModel.show(language);
  }

  /** What to do with the name that remains after a rename or merge (choose it in the table). */
  public void setOnRenamed(Consumer<String> onRenamed) {
    this.onRenamed = onRenamed;
  }

  @FXML
  private void rename() {
    String name = viewModel.languageProperty().get().name();
    context.dialogs().askText("Rename language", "Rename " + name + " to", name)
        .ifPresent(newName -> viewModel.rename(newName, onRenamed));
  }

  @FXML
  private void mergeInto() {
    LanguageMergeView.open(context, viewModel.languageProperty().get().name(), onRenamed);
  }
}
