package org.packdesk.ui.languages;

import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.packdesk.app.AppContext;
import org.packdesk.catalog.LanguagePager;
import org.packdesk.catalog.LanguageRow;
import org.packdesk.catalog.LanguageSort;
import org.packdesk.catalog.paging.Direction;
import org.packdesk.ui.browse.BrowseView;
import org.packdesk.ui.browse.BrowseViewModel;
import org.packdesk.ui.browse.ChooserPane;
import org.packdesk.ui.common.CatalogEditor;
import org.packdesk.ui.common.DialogService;
import org.packdesk.ui.common.InlineErrors;
import org.packdesk.ui.common.ViewLoader;

/** The Merge into… dialog's form: the other language, searched by name. */
public final class LanguageMergeView implements DialogService.Form {

  private LanguageMergeViewModel viewModel;
  private Consumer<String> onMerged;

  @FXML private VBox root;
  @FXML private Label explanation;
  @FXML private ChooserPane<LanguageRow> targets;
  @FXML private Label saveError;

  public static void open(AppContext context, String from, Consumer<String> onMerged) {
    LanguageMergeView form = new ViewLoader(context).<LanguageMergeView>load("language-merge").controller();
    form.viewModel = new LanguageMergeViewModel(from, CatalogEditor.of(context));
    form.onMerged = onMerged;
    form.bind(new BrowseViewModel<>("language", "languages", BrowseViewModel.LIMIT,
        (text, limit) -> context.languagePager().page(LanguagePager.matching(text), LanguageSort.PACKAGES,
                Direction.DESCENDING, null, limit).rows().stream().filter(row -> !row.name().equals(from)).toList(),
        BrowseView.inBackground(context)));
    context.dialogs().showForm("Merge language", "Merge " + from + " into another language", "Merge", form);
  }

  private void bind(BrowseViewModel<LanguageRow> languages) {
    explanation.setText("Every package that declares " + viewModel.from() + " will declare the language you choose"
        + " instead, and " + viewModel.from() + " is removed. Undo splits them again.");
    targets.connect(languages, LanguageRow::name,
        row -> row.packages() == 1 ? "1 package" : String.format("%,d packages", row.packages()));
    viewModel.targetProperty().bind(targets.selectedItemProperty());
    InlineErrors.show(saveError, viewModel.saveErrorProperty());
  }

  @Override
  public Node content() {
    return root;
  }

  @Override
  public Node initialFocus() {
    return targets.searchField();
  }

  @Override
  public ObservableBooleanValue canSubmit() {
    return viewModel.canSaveProperty();
  }

  @Override
  public void submit(Runnable close) {
    viewModel.save(into -> {
      close.run();
      onMerged.accept(into);
    });
  }
}
