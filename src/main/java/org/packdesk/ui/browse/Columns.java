package org.packdesk.ui.browse;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Typed cell set-ups for browse tables. A column keeps the raw value (a number, an instant) so
 * that sorting by its header is right; the cell writes it with {@link Formats}. Numbers are
 * right-aligned through the {@code number-column} style class.
 */
public final class Columns {

  private static final PseudoClass MISSING = PseudoClass.getPseudoClass("missing");
  private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

  private Columns() {
  }

  public static <R> void text(TableColumn<R, String> column, Function<R, String> value) {
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
  }

  /** Text that may be too long for its cell: the whole of it shows as a tooltip. */
  public static <R> void longText(TableColumn<R, String> column, Function<R, String> value) {
    text(column, value);
    column.setCellFactory(c -> new TableCell<>() {
      @Override
      protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item);
        setTooltip(empty || item == null || item.isBlank() ? null : new Tooltip(item));
      }
    });
  }

  public static <R> void count(TableColumn<R, Number> column, Function<R, Number> value) {
    numeric(column, value, (number, locale) -> Formats.count(number.longValue(), locale));
  }

  /** A size in bytes, written "1.5 MB". */
  public static <R> void bytes(TableColumn<R, Number> column, Function<R, Number> value) {
    numeric(column, value, (number, locale) -> Formats.bytes(number.longValue(), locale));
  }

  /** A date, written yyyy-MM-dd in the local zone; {@code whenMissing} (muted) for none. */
  public static <R> void date(TableColumn<R, Instant> column, Function<R, Instant> value, String whenMissing) {
    instant(column, value, instant -> Formats.date(instant, ZoneId.systemDefault()), whenMissing);
  }

  /** A moment, written yyyy-MM-dd HH:mm:ss in the local zone. */
  public static <R> void dateTime(TableColumn<R, Instant> column, Function<R, Instant> value) {
    instant(column, value, instant -> Formats.dateTime(instant, ZoneId.systemDefault()), null);
  }

  /** A share of 0..1 as a small bar with its percentage. */
  public static <R> void share(TableColumn<R, Number> column, Function<R, Number> value) {
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    column.setCellFactory(c -> new TableCell<>() {
      private final ProgressBar bar = new ProgressBar();
      private final Label percent = new Label();
      private final HBox box = new HBox(bar, percent);

      {
        box.getStyleClass().add("share");
        bar.getStyleClass().add("share-bar");
        percent.getStyleClass().add("share-percent");
      }

      @Override
      protected void updateItem(Number item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
          setGraphic(null);
        } else {
          bar.setProgress(item.doubleValue());
          percent.setText(Formats.percent(item.doubleValue(), Locale.getDefault()));
          setGraphic(box);
        }
      }
    });
  }

  /**
   * A warning, shown only where {@code value} gives one: an alert icon and the text, in the
   * theme's danger colour, with the whole text as a tooltip.
   */
  public static <R> void warning(TableColumn<R, String> column, Function<R, String> value) {
    text(column, value);
    column.setCellFactory(c -> new TableCell<>() {
      private final FontIcon icon = new FontIcon("fth-alert-triangle");

      @Override
      protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        boolean shown = !empty && item != null;
        pseudoClassStateChanged(WARNING, shown);
        setText(shown ? item : null);
        setGraphic(shown ? icon : null);
        setTooltip(shown ? new Tooltip(item) : null);
      }
    });
  }

  private static <R> void numeric(TableColumn<R, Number> column, Function<R, Number> value,
      BiFunction<Number, Locale, String> format) {
    column.getStyleClass().add("number-column");
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    column.setCellFactory(c -> new TableCell<>() {
      @Override
      protected void updateItem(Number item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : format.apply(item, Locale.getDefault()));
      }
    });
  }

  private static <R> void instant(TableColumn<R, Instant> column, Function<R, Instant> value,
      Function<Instant, String> format, String whenMissing) {
    column.getStyleClass().add("date-column");
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    column.setCellFactory(c -> new TableCell<>() {
      @Override
      protected void updateItem(Instant item, boolean empty) {
        super.updateItem(item, empty);
        pseudoClassStateChanged(MISSING, !empty && item == null && whenMissing != null);
        setText(empty ? null : item == null ? whenMissing : format.apply(item));
      }
    });
  }
}
