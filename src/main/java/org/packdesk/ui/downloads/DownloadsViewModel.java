package org.packdesk.ui.downloads;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.packdesk.catalog.paging.Direction;
import org.packdesk.catalog.paging.PagedSource;
import org.packdesk.catalog.paging.SqlCriteria;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.packdesk.catalog.DownloadFilter;
import org.packdesk.catalog.DownloadQueries;
import org.packdesk.catalog.DownloadRow;
import org.packdesk.catalog.DownloadSort;
import org.packdesk.ui.browse.PagedBrowseViewModel;
import org.packdesk.ui.browse.FilterChoices;

/**
 * The Downloads section: download events newest first (or by package), paged by the database,
 * found by text like every browse section and narrowed by a package, the client's installer,
 * Python and system, and a date range; all of them are the pages' criteria. A chosen filter
 * searches at once; the package name searches after typing pauses, like the text.
 */
public final class DownloadsViewModel extends PagedBrowseViewModel<DownloadRow, DownloadSort> {

  public static final String ANY_INSTALLER = "Any installer";
  public static final String ANY_PYTHON = "Any Python";
  public static final String ANY_SYSTEM = "Any OS";

  /** What a row not read yet shows. */
  static final DownloadRow LOADING = new DownloadRow(-1, null, null, null, "\u2026", null, null);

  /** The pages of the downloads a filter lets through, in an order. Reads nothing until asked (off the FX thread). */
  @FunctionalInterface
  public interface Pages {
    PagedSource<DownloadRow> of(DownloadFilter filter, DownloadSort sort, Direction direction, int pageSize);
  }

  private final Pages pages;
  private final Callable<DownloadQueries.Choices> choices;
  private final Background background;
  private final ZoneId zone;
  private final StringProperty packageName = new SimpleStringProperty(this, "packageName", "");
  private final StringProperty installer = new SimpleStringProperty(this, "installer", ANY_INSTALLER);
  private final StringProperty python = new SimpleStringProperty(this, "python", ANY_PYTHON);
  private final StringProperty system = new SimpleStringProperty(this, "system", ANY_SYSTEM);
  private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
  private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
  private final ObservableList<String> installerChoices = FXCollections.observableArrayList(ANY_INSTALLER);
  private final ObservableList<String> pythonChoices = FXCollections.observableArrayList(ANY_PYTHON);
  private final ObservableList<String> systemChoices = FXCollections.observableArrayList(ANY_SYSTEM);

  /** @param zone the zone the date range is read in (the curator's) */
  public DownloadsViewModel(Pages pages, Callable<DownloadQueries.Choices> choices, Background background,
      ZoneId zone) {
    // no pager of its own: source() asks the downloads' pages, which count from the rollup
    super("download", "downloads", null, DownloadRow::id, text -> SqlCriteria.NONE,
        new Sorting<>(DownloadSort.DATE, Direction.DESCENDING), LOADING, background);
    this.pages = pages;
    this.choices = choices;
    this.background = background;
    this.zone = zone;
    installer.addListener((obs, old, now) -> refresh());
    python.addListener((obs, old, now) -> refresh());
    system.addListener((obs, old, now) -> refresh());
    from.addListener((obs, old, now) -> refresh());
    to.addListener((obs, old, now) -> refresh());
  }

  /** The package's name, exactly (in any case); empty for every package. */
  public StringProperty packageNameProperty() {
    return packageName;
  }

  public StringProperty installerProperty() {
    return installer;
  }

  public StringProperty pythonProperty() {
    return python;
  }

  public StringProperty systemProperty() {
    return system;
  }

  public ObjectProperty<LocalDate> fromProperty() {
    return from;
  }

  /** The last day shown (the whole of it); none for no upper bound. */
  public ObjectProperty<LocalDate> toProperty() {
    return to;
  }

  public ObservableList<String> installerChoices() {
    return installerChoices;
  }

  public ObservableList<String> pythonChoices() {
    return pythonChoices;
  }

  public ObservableList<String> systemChoices() {
    return systemChoices;
  }

  /** True while any filter besides the text narrows the downloads. */
  public BooleanBinding filtered() {
    return Bindings.createBooleanBinding(() -> !filtersInWords().isEmpty(), packageName, installer, python, system,
        from, to);
  }

  /** Shows every download again (the text search stays). */
  public void resetFilters() {
    packageName.set("");
    installer.set(ANY_INSTALLER);
    python.set(ANY_PYTHON);
    system.set(ANY_SYSTEM);
    from.set(null);
    to.set(null);
    refresh();
  }

  /** Reads the clients the filters offer (at the start, and when the catalog changed). */
  public void loadChoices() {
    background.run(choices, loaded -> {
      FilterChoices.replaceIfChanged(installerChoices, installer, ANY_INSTALLER, loaded.installers());
      FilterChoices.replaceIfChanged(pythonChoices, python, ANY_PYTHON, loaded.pythons());
      FilterChoices.replaceIfChanged(systemChoices, system, ANY_SYSTEM, loaded.systems());
    }, error -> {
      // the filters keep what they offered; the error was shown and logged by the background
    });
  }

  /** The filter as the controls are now. */
  public DownloadFilter filter(String text) {
    return new DownloadFilter(text, packageChosen(), FilterChoices.chosen(installer.get(), ANY_INSTALLER),
        FilterChoices.chosen(python.get(), ANY_PYTHON), FilterChoices.chosen(system.get(), ANY_SYSTEM),
        from.get() == null ? null : startOf(from.get()), to.get() == null ? null : startOf(to.get().plusDays(1)));
  }

  @Override
  protected PagedSource<DownloadRow> source(String text, Sorting<DownloadSort> order) {
    return pages.of(filter(text), order.sort(), order.direction(), PAGE_SIZE);
  }

  @Override
  protected String filtersInWords() {
    List<String> words = new ArrayList<>();
    if (packageChosen() != null) {
      words.add("package " + packageChosen());
    }
    String chosenInstaller = FilterChoices.chosen(installer.get(), ANY_INSTALLER);
    if (chosenInstaller != null) {
      words.add("by " + chosenInstaller);
    }
    String chosenPython = FilterChoices.chosen(python.get(), ANY_PYTHON);
    if (chosenPython != null) {
      words.add("Python " + chosenPython);
    }
    String chosenSystem = FilterChoices.chosen(system.get(), ANY_SYSTEM);
    if (chosenSystem != null) {
      words.add("on " + chosenSystem);
    }
    if (from.get() != null) {
      words.add("from " + from.get());
    }
    if (to.get() != null) {
      words.add("until " + to.get());
    }
    return String.join(", ", words);
  }

  private String packageChosen() {
    String name = packageName.get() == null ? "" : packageName.get().strip();
    return name.isEmpty() ? null : name;
  }

  private Instant startOf(LocalDate day) {
    return day.atStartOfDay(zone).toInstant();
  }
}
