package org.packdesk.ui.browse;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the details of the chosen row in the background for a detail pane, and shows only the
 * newest read: a slow read of an earlier choice never overwrites a later one.
 *
 * @param <K> the key of what is shown (a user's id, a license's name)
 * @param <D> its details
 */
public final class DetailLoader<K, D> {

  /** Reads the details of {@code key}, empty when there is no such row (any more). Runs off the FX thread. */
  @FunctionalInterface
  public interface Read<K, D> {
    Optional<D> find(K key) throws Exception;
  }

  private final BrowseViewModel.Background background;
  private final Read<K, D> read;
  private final Consumer<D> show;
  private K key;
  private long generation;

  /** @param show gets the details read, or null for nothing to show; on the FX thread */
  public DetailLoader(BrowseViewModel.Background background, Read<K, D> read, Consumer<D> show) {
    this.background = background;
    this.read = read;
    this.show = show;
  }

  /** What is shown: the last key asked for. */
  public K key() {
    return key;
  }

  /** Shows the details of {@code wanted}; null shows nothing. */
  public void load(K wanted) {
    key = wanted;
    reload();
  }

  /** Reads the shown key again (the catalog changed). */
  public void reload() {
    long mine = ++generation;
    K wanted = key;
    if (wanted == null) {
      show.accept(null);
      return;
    }
    background.run(() -> read.find(wanted), found -> {
      if (mine == generation) {
        show.accept(found.orElse(null));
      }
    }, error -> {
      if (mine == generation) {
        show.accept(null);
      }
    });
  }
}
