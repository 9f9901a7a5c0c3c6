package org.packdesk.ui.browse;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import javafx.beans.DefaultProperty;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The layout every browse section shares: a search field with a clear button, a busy spinner and
 * a status line above a table. A section's FXML declares one, with its columns:
 * <pre>{@code
 * <BrowsePane fx:id="browse" id="releases" promptText="Search releases...">
 *   <TableColumn fx:id="versionColumn" text="Version"/> ...
 * </BrowsePane>
 * }</pre>
 * A section with filters besides the text puts their controls in the pane's {@code <tools>}.
 * The pane's id names its parts for tests and lookups: {@code releasesSearch},
 * {@code releasesTable}, {@code releasesStatus}.
 *
 * @param <R> the type of the table's rows
 */
@DefaultProperty("columns")
public class BrowsePane<R> extends VBox {

  private final CustomTextField searchField = new CustomTextField();
  private final ProgressIndicator busy = new ProgressIndicator();
  private final Label status = new Label();
  private final Label placeholder = new Label();
  private final TableView<R> table = new TableView<>();
  /** A section's filters: in a row of their own they wrap onto a second line rather than squeeze. */
  private final FlowPane tools = new FlowPane();
  private final HBox actions = new HBox();

  public BrowsePane() {
    getStyleClass().addAll("view", "browse-pane");

    FontIcon clear = new FontIcon("fth-x");
    clear.getStyleClass().add("search-clear");
    clear.setCursor(Cursor.HAND);
    clear.visibleProperty().bind(searchField.textProperty().isNotEmpty());
    clear.setOnMouseClicked(e -> {
      searchField.clear();
      searchField.requestFocus();
    });
    FontIcon magnifier = new FontIcon("fth-search");
    magnifier.getStyleClass().add("search-icon");
    searchField.setLeft(magnifier);
    searchField.setRight(clear);
    searchField.getStyleClass().add("search-field");
    searchField.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.ESCAPE && !searchField.getText().isEmpty()) {
        searchField.clear();
        e.consume();
      }
    });

    busy.getStyleClass().add("small-progress");
    busy.setVisible(false);
    status.getStyleClass().addAll("text-muted", "browse-status");
    // a narrow window squeezes the search field first, never the count or the section's buttons
    status.setMinWidth(Region.USE_PREF_SIZE);
    actions.getChildren().addListener((javafx.collections.ListChangeListener<javafx.scene.Node>) change ->
        actions.getChildren().forEach(node -> {
          if (node instanceof Region region) {
            region.setMinWidth(Region.USE_PREF_SIZE);
          }
        }));
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    tools.getStyleClass().add("browse-tools");
    // beside the search field they keep to one line (their width is a single row's)
    tools.setPrefWrapLength(Double.MAX_VALUE);
    // the row takes room only while one of its controls does (an error label shows only when there is an error)
    InvalidationListener room = o -> tools.setManaged(tools.getChildren().stream().anyMatch(Node::isManaged));
    tools.getChildren().addListener((ListChangeListener<Node>) change -> {
      while (change.next()) {
        change.getAddedSubList().forEach(node -> node.managedProperty().addListener(room));
        change.getRemoved().forEach(node -> node.managedProperty().removeListener(room));
      }
      room.invalidated(null);
    });
    tools.setManaged(false);
    actions.getStyleClass().add("browse-actions");
    HBox toolbar = new HBox(searchField, tools, busy, spacer, status, actions);
    toolbar.getStyleClass().add("toolbar");
    toolsBelow.addListener((obs, was, below) -> {
      // many filters get a row of their own under the search field, so nothing is squeezed
      toolbar.getChildren().remove(tools);
      getChildren().remove(tools);
      if (below) {
        getChildren().add(getChildren().indexOf(toolbar) + 1, tools);
      } else {
        toolbar.getChildren().add(1, tools);
      }
    });

    placeholder.getStyleClass().add("table-placeholder");
    table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
    table.setPlaceholder(placeholder);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    VBox.setVgrow(table, Priority.ALWAYS);
    getChildren().addAll(toolbar, table);

    idProperty().addListener((obs, old, id) -> nameParts(id));
  }

  private void nameParts(String id) {
    searchField.setId(id == null ? null : id + "Search");
    table.setId(id == null ? null : id + "Table");
    status.setId(id == null ? null : id + "Status");
  }

  private final BooleanProperty toolsBelow = new javafx.beans.property.SimpleBooleanProperty(this, "toolsBelow");

  /** Whether the section's tools sit in a row below the search field instead of beside it. */
  public boolean isToolsBelow() {
    return toolsBelow.get();
  }

  public void setToolsBelow(boolean below) {
    toolsBelow.set(below);
  }

  public TableView<R> getTable() {
    return table;
  }

  /**
   * Controls a section adds beside the search field (filters), declared in its FXML as
   * {@code <tools><ComboBox .../></tools>}; none by default.
   */
  public ObservableList<Node> getTools() {
    return tools.getChildren();
  }

  /** The table's columns, declared in the section's FXML. */
  public ObservableList<TableColumn<R, ?>> getColumns() {
    return table.getColumns();
  }

  public String getPromptText() {
    return searchField.getPromptText();
  }

  public void setPromptText(String prompt) {
    searchField.setPromptText(prompt);
  }

  public StringProperty searchTextProperty() {
    return searchField.textProperty();
  }

  public StringProperty statusTextProperty() {
    return status.textProperty();
  }

  public StringProperty placeholderTextProperty() {
    return placeholder.textProperty();
  }

  /** Whether the busy spinner shows. */
  public BooleanProperty busyProperty() {
    return busy.visibleProperty();
  }

  /** Puts the caret in the search field with its text selected (Ctrl+F). */
  public void focusSearch() {
    searchField.requestFocus();
    searchField.selectAll();
  }

  /** Buttons at the end of the toolbar ("Add user"), declared in the section's FXML as {@code <actions>}. */
  public ObservableList<Node> getActions() {
    return actions.getChildren();
  }
}
