package org.packdesk.ui.browse;

import atlantafx.base.controls.CustomTextField;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A searchable list to pick one row from (a package, a language): a search field over a short
 * list of matches, each shown as a title with a muted detail line. Backed by a
 * {@link BrowseViewModel}, so it searches in the background as the curator types. Its id names
 * its parts: {@code <id>Search} and {@code <id>List}.
 *
 * @param <R> the type of the rows
 */
public class ChooserPane<R> extends VBox {

  private final CustomTextField searchField = new CustomTextField();
  private final ListView<R> list = new ListView<>();
  private final Label placeholder = new Label();
  private final Label status = new Label();

  public ChooserPane() {
    getStyleClass().add("chooser-pane");
    FontIcon magnifier = new FontIcon("fth-search");
    magnifier.getStyleClass().add("search-icon");
    searchField.setLeft(magnifier);
    placeholder.getStyleClass().add("table-placeholder");
    list.setPlaceholder(placeholder);
    status.getStyleClass().addAll("text-muted", "chooser-status");
    VBox.setVgrow(list, Priority.ALWAYS);
    getChildren().addAll(searchField, list, status);
    idProperty().addListener((obs, old, id) -> {
      searchField.setId(id == null ? null : id + "Search");
      list.setId(id == null ? null : id + "List");
    });
  }

  /** Lists what {@code model} finds, each row as its {@code title} over its {@code detail}. */
  public void connect(BrowseViewModel<R> model, Function<R, String> title, Function<R, String> detail) {
    list.setItems(model.rows());
    list.setCellFactory(view -> new TwoLineCell<>(title, detail));
    searchField.textProperty().bindBidirectional(model.searchTextProperty());
    PauseTransition typingPause = new PauseTransition(BrowseView.TYPING_PAUSE);
    typingPause.setOnFinished(e -> model.refresh());
    searchField.textProperty().addListener((obs, old, text) -> typingPause.playFromStart());
    placeholder.textProperty().bind(model.placeholderProperty());
    status.textProperty().bind(model.statusProperty());
    model.refresh();
  }

  public ReadOnlyObjectProperty<R> selectedItemProperty() {
    return list.getSelectionModel().selectedItemProperty();
  }

  public String getPromptText() {
    return searchField.getPromptText();
  }

  public void setPromptText(String prompt) {
    searchField.setPromptText(prompt);
  }

  /** The search field, which should have the caret when the chooser shows. */
  public Node searchField() {
    return searchField;
  }
}
