package org.packdesk.ui.languages;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.packdesk.catalog.PackageRef;
import org.packdesk.catalog.edit.MergeLanguages;
import org.packdesk.ui.browse.BrowseViewModel;
import org.packdesk.ui.browse.DetailLoader;
import org.packdesk.ui.common.CatalogEditor;

/**
 * The language detail pane: the chosen language and the packages that declare it, renamed from
 * here. Renaming to a name that exists merges the two, once the curator agreed to it.
 */
public final class LanguageDetailViewModel {

  /** How many of a language's packages the pane lists. */
  public static final int LISTED = 1_000;

  /**
   * The language shown: its name, (the first {@link #LISTED} of) its packages and, when there are
   * more, how many declare it.
   */
  public record Language(String name, List<PackageRef> packages, long declaredBy) {
  }

  /** The catalog reads the pane needs; they run in the background. */
  public interface Catalog {
    List<PackageRef> packagesOf(String language, int limit) throws Exception;

    /** How many packages declare {@code language} (the stored count). */
    long declaredBy(String language) throws Exception;

    boolean exists(String language) throws Exception;
  }

  /** Asks the curator to agree ("Merge X into Y?"); true when they did. */
  @FunctionalInterface
  public interface Confirmation {
    boolean confirm(String header, String message, String action);
  }

  private final Catalog catalog;
  private final BrowseViewModel.Background background;
  private final CatalogEditor editor;
  private final Confirmation confirmation;
  private final DetailLoader<String, Language> loader;
  private final ReadOnlyObjectWrapper<Language> language = new ReadOnlyObjectWrapper<>(this, "language");
  private final ObservableList<PackageRef> packages = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

  public LanguageDetailViewModel(Catalog catalog, BrowseViewModel.Background background, CatalogEditor editor,
      Confirmation confirmation) {
    this.catalog = catalog;
    this.background = background;
    this.editor = editor;
    this.confirmation = confirmation;
    this.loader = new DetailLoader<>(background,
        name -> Optional.of(language(name)), this::showLanguage);
  }

  private Language language(String name) throws Exception {
    List<PackageRef> listed = catalog.packagesOf(name, LISTED + 1);
    return new Language(name, listed, listed.size() > LISTED ? catalog.declaredBy(name) : listed.size());
  }

  /** Shows the language {@code name}; null shows none. */
  public void show(String name) {
    problem.set("");
    loader.load(name);
  }

  /** Reads the shown language again (the catalog changed, so an earlier refusal is old news). */
  public void reload() {
    problem.set("");
    loader.reload();
  }

  private void showLanguage(Language shown) {
    language.set(shown);
    packages.setAll(shown == null ? List.of() : shown.packages().stream().limit(LISTED).toList());
  }

  public ReadOnlyObjectProperty<Language> languageProperty() {
    return language.getReadOnlyProperty();
  }

  public ObservableList<PackageRef> packages() {
    return packages;
  }

  public StringBinding nameText() {
    return Bindings.createStringBinding(() -> language.get() == null ? "" : language.get().name(), language);
  }

  /** "Declared by 2 packages", "Declared by no package", "Declared by 52,606 packages; the first 1,000 are listed". */
  public StringBinding countText() {
    return Bindings.createStringBinding(() -> {
      if (language.get() == null) {
        return "";
      }
      int count = language.get().packages().size();
      return count == 0 ? "Declared by no package: merge it into another, or rename it."
          : count > LISTED ? String.format("Declared by %,d packages; the first %,d are listed.",
              Math.max(count, language.get().declaredBy()), LISTED)
          : count == 1 ? "Declared by 1 package" : String.format("Declared by %,d packages", count);
    }, language);
  }

  /** Why the last rename or merge did not happen; empty when it did. */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  public void dismissProblem() {
    problem.set("");
  }

  /**
   * Renames the shown language to {@code newName}; a name that exists means a merge into that
   * language, done only when the curator confirms it. {@code onDone} gets the name to show next.
   */
  public void rename(String newName, Consumer<String> onDone) {
    String from = language.get().name();
    String to = newName == null ? "" : newName.strip();
    if (to.isEmpty() || to.equals(from)) {
      problem.set(to.isEmpty() ? "A language needs a name." : "");
      return;
    }
    problem.set("");
    background.run(() -> catalog.exists(to), exists -> {
      if (!exists || confirmation.confirm("Merge " + from + " into " + to + "?",
          to + " already exists. Merging moves every package of " + from + " to " + to + " and removes "
              + from + ". Undo splits them again.", "Merge")) {
        merge(from, to, onDone);
      }
    }, error -> problem.set("The rename failed: " + error.getMessage()));
  }

  private void merge(String from, String into, Consumer<String> onDone) {
    editor.perform(() -> new MergeLanguages(from, into), made -> onDone.accept(into), problem::set);
  }
}
