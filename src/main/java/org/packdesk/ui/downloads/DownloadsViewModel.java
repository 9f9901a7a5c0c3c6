package org.packdesk.ui.downloads;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
import org.packdesk.ui.browse.BrowseViewModel;
import org.packdesk.ui.browse.FilterChoices;

/**
 * The Downloads section: download events newest first, found by text like every browse section
 * and narrowed by a package, the client's installer, Python and system, and a date range. A
 * chosen filter searches at once; the package name searches after typing pauses, like the text.
 */
public final class DownloadsViewModel extends BrowseViewModel<DownloadRow> {

  public static final String ANY_INSTALLER = "Any installer";
  public static final String ANY_PYTHON = "Any Python";
  public static final String ANY_SYSTEM = "Any OS";

  /** The downloads' query. Runs off the FX thread. */
  @FunctionalInterface
  public interface Search {
    List<DownloadRow> find(DownloadFilter filter, int limit) throws Exception;
  }

  private final Search search;
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
  public DownloadsViewModel(Search search, Callable<DownloadQueries.Choices> choices, Background background,
      ZoneId zone) {
    super("download", "downloads", LIMIT, (text, limit) -> search.find(DownloadFilter.text(text), limit), background);
    this.search = search;
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
  protected Callable<List<DownloadRow>> query(String text, int limit) {
    DownloadFilter filter = filter(text);
    return () -> search.find(filter, limit);
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
