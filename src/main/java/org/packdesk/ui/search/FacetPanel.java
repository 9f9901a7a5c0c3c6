package org.packdesk.ui.search;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The facets beside the packages table: per facet a title and its top values with their counts,
 * each value a link that narrows the query. Declared in FXML as {@code <FacetPanel fx:id=.../>}.
 */
public class FacetPanel extends VBox {

  private FacetsViewModel viewModel;
  private Consumer<String> onTerm = term -> { };

  public FacetPanel() {
    getStyleClass().add("facet-panel");
  }

  /** Shows {@code model}'s groups; a click on a value hands its query term to {@code onTerm}. */
  public void show(FacetsViewModel model, Consumer<String> onTerm) {
    this.viewModel = model;
    this.onTerm = onTerm;
    model.groups().addListener((ListChangeListener<FacetsViewModel.Group>) change -> rebuild());
    model.countingProperty().addListener((obs, was, counting) -> rebuild());
    rebuild();
  }

  private void rebuild() {
    getChildren().clear();
    if (viewModel.groups().isEmpty()) {
      Label none = new Label(viewModel.countingProperty().get() ? "Counting\u2026" : "No facets for this result");
      none.getStyleClass().add("text-muted");
      getChildren().add(none);
      return;
    }
    for (FacetsViewModel.Group group : viewModel.groups()) {
      Label title = new Label(group.title());
      title.getStyleClass().add("facet-title");
      getChildren().add(title);
      for (FacetsViewModel.Value value : group.values()) {
        getChildren().add(row(value));
      }
    }
  }

  private HBox row(FacetsViewModel.Value value) {
    Hyperlink link = new Hyperlink(value.label());
    link.getStyleClass().add("facet-value");
    link.setUserData(value.term());
    link.setOnAction(e -> onTerm.accept(value.term()));
    link.setMnemonicParsing(false);
    link.setTooltip(new Tooltip(value.label() + ": click to add " + value.term() + " to the query"));
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Label count = new Label(String.format("%,d", value.count()));
    count.getStyleClass().addAll("text-muted", "facet-count");
    HBox row = new HBox(link, spacer, count);
    row.getStyleClass().add("facet-row");
    return row;
  }
}
