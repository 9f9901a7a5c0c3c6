package org.packdesk.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.packdesk.app.AppContext;
import org.packdesk.catalog.edit.Change;
import org.packdesk.catalog.edit.ConflictException;
import org.packdesk.catalog.edit.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out a curator's edit: builds the change off the FX thread, performs it through the
 * journal (one transaction, an audit entry, undo), tells every view that the catalog changed and
 * reports back on the FX thread. View models take one, so tests hand them a direct one.
 */
@FunctionalInterface
public interface CatalogEditor {

  /**
   * @param change builds the change, in the background (it may hash a password first)
   * @param onDone gets the performed change, on the FX thread
   * @param onFailed gets what to tell the curator, on the FX thread: why the catalog's rules
   *     refused the change, or that it could not be saved
   */
  void perform(Callable<? extends Change> change, Consumer<Change> onDone, Consumer<String> onFailed);

  /** The application's editor: the context's task runner and journal. */
  static CatalogEditor of(AppContext context) {
    Logger log = LoggerFactory.getLogger(CatalogEditor.class);
    return (change, onDone, onFailed) -> context.tasks().run(() -> {
      Change made = change.call();
      context.journal().perform(made);
      return made;
    }, made -> {
      context.catalogChanged();
      onDone.accept(made);
    }, error -> {
      if (error instanceof RuleViolation || error instanceof ConflictException) {
        // the catalog's rules at work: the form says why, there is nothing to report
        log.info("Refused: {}", error.getMessage());
        onFailed.accept(error.getMessage());
      } else {
        onFailed.accept("The change was not saved: " + DialogService.messageOf(error));
        context.dialogs().showError(error);
      }
    });
  }
}
