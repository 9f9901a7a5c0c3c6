package org.packdesk.ui.packages;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.packdesk.catalog.PackageFilter;
import org.packdesk.catalog.PackageRow;
import org.packdesk.catalog.PackageSearch.FilterChoices;
import org.packdesk.model.LifecycleStatus;
import org.packdesk.catalog.PackageSort;
import org.packdesk.catalog.paging.Direction;
import org.packdesk.catalog.paging.Pager;
import org.packdesk.catalog.paging.SqlCriteria;
import org.packdesk.ui.browse.PagedBrowseViewModel;

/**
 * The packages table: free text over name and summary, narrowed by license, language,
 * maintainer, lifecycle and "has a yanked release", paged and sorted by the database. Changing a
 * filter searches at once. What the text and filters mean is a pluggable {@link Where} (today
 * {@code PackageCriteria}; a query language can take its place).
 */
public final class PackagesViewModel extends PagedBrowseViewModel<PackageRow, PackageSort> {

  public static final String ANY_LICENSE = "Any license";
  public static final String NO_LICENSE = "No license";
  public static final String ANY_LANGUAGE = "Any language";

  /** The rows the text and the filters ask for, as the pager's "where". */
  @FunctionalInterface
  public interface Where {
    SqlCriteria of(String text, PackageFilter filter);
  }

  /** What a row not read yet shows. */
  static final PackageRow LOADING = new PackageRow(null, "\u2026", null, null, null, null, 0);

  private final Where where;
  private final Callable<FilterChoices> choices;
  private final Background background;
  private final StringProperty license = new SimpleStringProperty(this, "license", ANY_LICENSE);
  private final StringProperty language = new SimpleStringProperty(this, "language", ANY_LANGUAGE);
  private final StringProperty maintainer = new SimpleStringProperty(this, "maintainer", "");
  private final ObjectProperty<LifecycleStatus> lifecycle = new SimpleObjectProperty<>(this, "lifecycle");
  private final BooleanProperty withYanked = new SimpleBooleanProperty(this, "withYanked");
  private final ObservableList<String> licenseChoices = FXCollections.observableArrayList(ANY_LICENSE, NO_LICENSE);
  private final ObservableList<String> languageChoices = FXCollections.observableArrayList(ANY_LANGUAGE);

  public PackagesViewModel(Pager<PackageRow, PackageSort> pager, Where where, Callable<FilterChoices> choices,
      Background background) {
    super("package", "packages", pager, PackageRow::id, text -> where.of(text, PackageFilter.NONE),
        new Sorting<>(PackageSort.NAME, Direction.ASCENDING), LOADING, background);
    this.where = where;
    this.choices = choices;
    this.background = background;
    license.addListener((obs, old, now) -> refresh());
    language.addListener((obs, old, now) -> refresh());
    lifecycle.addListener((obs, old, now) -> refresh());
    withYanked.addListener((obs, old, now) -> refresh());
  }

  public StringProperty licenseProperty() {
    return license;
  }

  public StringProperty languageProperty() {
    return language;
  }

  /** A maintainer's e-mail address; applied by {@link #refresh()} (on Enter), not per key. */
  public StringProperty maintainerProperty() {
    return maintainer;
  }

  /** The lifecycle shown; none for all. */
  public ObjectProperty<LifecycleStatus> lifecycleProperty() {
    return lifecycle;
  }

  public BooleanProperty withYankedProperty() {
    return withYanked;
  }

  public ObservableList<String> licenseChoices() {
    return licenseChoices;
  }

  public ObservableList<String> languageChoices() {
    return languageChoices;
  }

  /** True while any filter besides the text narrows the table. */
  public BooleanBinding filtered() {
    return Bindings.createBooleanBinding(() -> !filter().isEmpty(), license, language, maintainer, lifecycle,
        withYanked);
  }

  public void resetFilters() {
    maintainer.set(""); // first: it searches only on refresh, which the others trigger
    license.set(ANY_LICENSE);
    language.set(ANY_LANGUAGE);
    lifecycle.set(null);
    withYanked.set(false);
    refresh();
  }

  /** Reads the licenses and languages the filters offer (at the start, and when the catalog changed). */
  public void loadChoices() {
    background.run(choices, loaded -> {
      keepChoice(licenseChoices, license, ANY_LICENSE, List.of(ANY_LICENSE, NO_LICENSE), loaded.licenses());
      keepChoice(languageChoices, language, ANY_LANGUAGE, List.of(ANY_LANGUAGE), loaded.languages());
    }, error -> {
      // the filters keep what they offered; the background showed and logged the error
    });
  }

  private static void keepChoice(ObservableList<String> list, StringProperty chosen, String any, List<String> fixed,
      List<String> loaded) {
    List<String> all = new ArrayList<>(fixed);
    all.addAll(loaded);
    if (!all.equals(list)) {
      String keep = chosen.get();
      list.setAll(all);
      chosen.set(all.contains(keep) ? keep : any);
    }
  }

  /** The filter as the controls are now. */
  public PackageFilter filter() {
    String chosenLicense = ANY_LICENSE.equals(license.get()) || license.get() == null ? null
        : NO_LICENSE.equals(license.get()) ? PackageFilter.NO_LICENSE : license.get();
    String chosenLanguage = ANY_LANGUAGE.equals(language.get()) ? null : language.get();
    String email = maintainer.get() == null || maintainer.get().isBlank() ? null : maintainer.get().trim();
    return new PackageFilter(chosenLicense, chosenLanguage, email, lifecycle.get(), withYanked.get());
  }

  @Override
  protected SqlCriteria criteria(String text) {
    return where.of(text, filter());
  }

  @Override
  protected String filtersInWords() {
    PackageFilter f = filter();
    List<String> words = new ArrayList<>();
    if (f.license() != null) {
      words.add(f.license().isEmpty() ? "without a license" : "licensed " + f.license());
    }
    if (f.language() != null) {
      words.add("in " + f.language());
    }
    if (f.maintainerEmail() != null) {
      words.add("maintained by " + f.maintainerEmail());
    }
    if (f.lifecycle() != null) {
      words.add(f.lifecycle().dbValue());
    }
    if (f.withYankedReleases()) {
      words.add("with a yanked release");
    }
    return String.join(", ", words);
  }
}
