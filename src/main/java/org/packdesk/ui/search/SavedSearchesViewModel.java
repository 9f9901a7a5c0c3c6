package org.packdesk.ui.search;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.packdesk.catalog.search.SavedSearches.Group;
import org.packdesk.ui.browse.BrowseViewModel.Background;

/** The saved searches in the navigation: each with its current count; renamed and deleted from there. */
public final class SavedSearchesViewModel {

  /** What the view model asks of the catalog. Runs off the FX thread. */
  public interface Store {
    List<Group> groups() throws Exception;

    void rename(long id, String name) throws Exception;

    void delete(long id) throws Exception;
  }

  private final Store store;
  private final Background background;
  private final ObservableList<Group> groups = FXCollections.observableArrayList();

  public SavedSearchesViewModel(Store store, Background background) {
    this.store = store;
    this.background = background;
  }

  public ObservableList<Group> groups() {
    return groups;
  }

  /** Reads the groups and their counts again (at the start, and whenever the catalog changed). */
  public void load() {
    background.run(store::groups, groups::setAll, error -> {
      // the navigation keeps what it showed; the background showed and logged the error
    });
  }

  public void rename(Group group, String name) {
    thenLoad(() -> {
      store.rename(group.id(), name);
      return null;
    });
  }

  public void delete(Group group) {
    thenLoad(() -> {
      store.delete(group.id());
      return null;
    });
  }

  private void thenLoad(Callable<Void> change) {
    background.run(change, done -> load(), error -> load());
  }
}
