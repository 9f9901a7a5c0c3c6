package org.packdesk.ui.browse;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.packdesk.catalog.edit.Change;
import org.packdesk.ui.common.CatalogEditor;

/**
 * What a detail pane that edits its row shares (the user pane, the release pane): the row read in
 * the background through a {@link DetailLoader}, changes made through the journal, and why the
 * last change was refused, kept until another row is chosen or the catalog changes.
 *
 * @param <K> the key of the row shown
 * @param <D> its details
 */
public final class EditableDetail<K, D> {

  private final DetailLoader<K, D> loader;
  private final CatalogEditor editor;
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

  /** @param show gets the details read, or null for nothing to show; on the FX thread */
  public EditableDetail(BrowseViewModel.Background background, DetailLoader.Read<K, D> read, Consumer<D> show,
      CatalogEditor editor) {
    this.loader = new DetailLoader<>(background, read, show);
    this.editor = editor;
  }

  /** Shows the row {@code key}; null shows none. */
  public void show(K key) {
    if (!Objects.equals(key, loader.key())) {
      problem.set("");
    }
    loader.load(key);
  }

  /** Reads the shown row again (the catalog changed, so an earlier refusal is old news). */
  public void reload() {
    problem.set("");
    loader.reload();
  }

  /** Why the last change made here was refused; empty when it was not. */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  public void dismissProblem() {
    problem.set("");
  }

  /** Makes {@code change} through the journal; a refusal shows as {@link #problemProperty}. */
  public void perform(Change change) {
    problem.set("");
    editor.perform(() -> change, made -> { }, problem::set);
  }
}
