package org.packdesk.ui.languages;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.packdesk.catalog.LanguageRow;
import org.packdesk.catalog.edit.MergeLanguages;
import org.packdesk.ui.common.CatalogEditor;
import org.packdesk.ui.common.FormState;

/** The Merge into… form: the language that takes over the packages of {@code from}. */
public final class LanguageMergeViewModel {

  private final String from;
  private final ObjectProperty<LanguageRow> target = new SimpleObjectProperty<>(this, "target");
  private final FormState form;
  private final BooleanBinding canSave;

  public LanguageMergeViewModel(String from, CatalogEditor editor) {
    this.from = from;
    this.form = new FormState(editor);
    target.addListener((obs, old, now) -> form.clearError());
    this.canSave = form.canSave(target.isNotNull());
  }

  public String from() {
    return from;
  }

  public ObjectProperty<LanguageRow> targetProperty() {
    return target;
  }

  public ReadOnlyStringProperty saveErrorProperty() {
    return form.saveErrorProperty();
  }

  public BooleanBinding canSaveProperty() {
    return canSave;
  }

  /** Merges; {@code onMerged} gets the language that remains. */
  public void save(java.util.function.Consumer<String> onMerged) {
    String into = target.get().name();
    form.save(() -> new MergeLanguages(from, into), made -> onMerged.accept(into));
  }
}
