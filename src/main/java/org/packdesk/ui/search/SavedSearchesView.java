package org.packdesk.ui.search;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.packdesk.app.AppContext;
import org.packdesk.catalog.search.SavedSearches;
import org.packdesk.catalog.search.SavedSearches.Group;
import org.packdesk.ui.browse.BrowseView;

/**
 * The "Saved searches" part of the navigation: one smart group per saved query with its count.
 * A click opens Packages on the query; the context menu renames or deletes it.
 */
public final class SavedSearchesView {

  private final AppContext context;
  private final SavedSearchesViewModel viewModel;

  @FXML private VBox groups;
  @FXML private Label caption;

  public SavedSearchesView(AppContext context) {
    this.context = context;
    SavedSearches saved = context.savedSearches();
    this.viewModel = new SavedSearchesViewModel(new SavedSearchesViewModel.Store() {
      @Override
      public List<Group> groups() throws Exception {
        return saved.groups();
      }

      @Override
      public void rename(long id, String name) {
        saved.rename(id, name);
      }

      @Override
      public void delete(long id) {
        saved.delete(id);
      }
    }, BrowseView.inBackground(context));
  }

  @FXML
  private void initialize() {
    viewModel.groups().addListener((ListChangeListener<Group>) change -> rebuild());
    context.catalogRevisionProperty().addListener((obs, old, now) -> viewModel.load());
    rebuild();
    viewModel.load();
  }

  private void rebuild() {
    caption.setVisible(!viewModel.groups().isEmpty());
    caption.setManaged(caption.isVisible());
    groups.getChildren().setAll(viewModel.groups().stream().map(this::button).toList());
  }

  private Button button(Group group) {
    // the count beside the name, as the sections show theirs in the status bar
    Button button = new Button(String.format("%s  \u00b7  %,d", group.name(), group.count()), new FontIcon("fth-filter"));
    button.getStyleClass().addAll("nav-button", "saved-search");
    button.setMaxWidth(Double.MAX_VALUE);
    button.setMnemonicParsing(false);
    button.setUserData(group.query());
    button.setOnAction(e -> context.openSearch(group.query()));
    button.setTooltip(new Tooltip(group.query().isEmpty() ? "Every package" : group.query()));
    MenuItem rename = new MenuItem("Rename\u2026");
    rename.setOnAction(e -> context.dialogs().askText("Rename saved search", "A new name for \u201c"
        + group.name() + "\u201d", "Name", "Rename").ifPresent(name -> viewModel.rename(group, name)));
    MenuItem delete = new MenuItem("Delete");
    delete.setOnAction(e -> {
      if (context.dialogs().confirm("Delete \u201c" + group.name() + "\u201d?",
          "The saved search goes; no package changes.", "Delete", true)) {
        viewModel.delete(group);
      }
    });
    button.setContextMenu(new ContextMenu(rename, delete));
    return button;
  }
}
