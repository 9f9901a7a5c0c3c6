package org.packdesk.ui.journal;

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
import org.packdesk.catalog.AuditFilter;
import org.packdesk.catalog.AuditRow;
import org.packdesk.ui.browse.BrowseViewModel;
import org.packdesk.ui.browse.FilterChoices;

/**
 * The journal section: audit entries newest first, found by text like every browse section and
 * narrowed by an action, a curator and a date range. Changing a filter searches at once.
 */
public final class JournalViewModel extends BrowseViewModel<AuditRow> {

  public static final String ALL_ACTIONS = "All actions";
  public static final String ALL_CURATORS = "All curators";

  /** The journal's query. Runs off the FX thread. */
  @FunctionalInterface
  public interface Search {
    List<AuditRow> find(AuditFilter filter, int limit) throws Exception;
  }

  /** What the filters offer: the actions and curators the journal holds. */
  public record Choices(List<String> actions, List<String> curators) {
  }

  private final Search search;
  private final Callable<Choices> choices;
  private final Background background;
  private final ZoneId zone;
  private final StringProperty action = new SimpleStringProperty(this, "action", ALL_ACTIONS);
  private final StringProperty curator = new SimpleStringProperty(this, "curator", ALL_CURATORS);
  private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
  private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
  private final ObservableList<String> actionChoices = FXCollections.observableArrayList(ALL_ACTIONS);
  private final ObservableList<String> curatorChoices = FXCollections.observableArrayList(ALL_CURATORS);

  /**
   * @param zone the zone the date range is read in (the curator's)
   */
  public JournalViewModel(Search search, Callable<Choices> choices, Background background, ZoneId zone) {
    super("entry", "entries", LIMIT, (text, limit) -> search.find(AuditFilter.text(text), limit), background);
    this.search = search;
    this.choices = choices;
    this.background = background;
    this.zone = zone;
    action.addListener((obs, old, now) -> refresh());
    curator.addListener((obs, old, now) -> refresh());
    from.addListener((obs, old, now) -> refresh());
    to.addListener((obs, old, now) -> refresh());
  }

  /** The action shown, or {@link #ALL_ACTIONS}. */
  public StringProperty actionProperty() {
    return action;
  }

  /** The curator shown, or {@link #ALL_CURATORS}. */
  public StringProperty curatorProperty() {
    return curator;
  }

  /** The first day shown; none for no lower bound. */
  public ObjectProperty<LocalDate> fromProperty() {
    return from;
  }

  /** The last day shown (the whole of it); none for no upper bound. */
  public ObjectProperty<LocalDate> toProperty() {
    return to;
  }

  public ObservableList<String> actionChoices() {
    return actionChoices;
  }

  public ObservableList<String> curatorChoices() {
    return curatorChoices;
  }

  /** True while any filter besides the text narrows the entries. */
  public BooleanBinding filtered() {
    return Bindings.createBooleanBinding(() -> !filtersInWords().isEmpty(), action, curator, from, to);
  }

  /** Shows every entry again (the text search stays). */
  public void resetFilters() {
    action.set(ALL_ACTIONS);
    curator.set(ALL_CURATORS);
    from.set(null);
    to.set(null);
  }

  /** Reads the actions and curators the filters offer (at the start, and when the catalog changed). */
  public void loadChoices() {
    background.run(choices, loaded -> {
      FilterChoices.replaceIfChanged(actionChoices, action, ALL_ACTIONS, loaded.actions());
      FilterChoices.replaceIfChanged(curatorChoices, curator, ALL_CURATORS, loaded.curators());
    }, error -> {
      // the filters keep what they offered; the error was shown and logged by the background
    });
  }

  /** The filter as the controls are now. */
  public AuditFilter filter(String text) {
    return new AuditFilter(text, FilterChoices.chosen(action.get(), ALL_ACTIONS),
        FilterChoices.chosen(curator.get(), ALL_CURATORS),
        from.get() == null ? null : startOf(from.get()),
        to.get() == null ? null : startOf(to.get().plusDays(1)));
  }

  @Override
  protected Callable<List<AuditRow>> query(String text, int limit) {
    AuditFilter filter = filter(text);
    return () -> search.find(filter, limit);
  }

  @Override
  protected String filtersInWords() {
    List<String> words = new ArrayList<>();
    String chosenAction = FilterChoices.chosen(action.get(), ALL_ACTIONS);
    if (chosenAction != null) {
      words.add("action \u201c" + chosenAction + "\u201d");
    }
    String chosenCurator = FilterChoices.chosen(curator.get(), ALL_CURATORS);
    if (chosenCurator != null) {
      words.add("by " + chosenCurator);
    }
    if (from.get() != null) {
      words.add("from " + from.get());
    }
    if (to.get() != null) {
      words.add("until " + to.get());
    }
    return String.join(", ", words);
  }

  private Instant startOf(LocalDate day) {
    return day.atStartOfDay(zone).toInstant();
  }
}
