package org.packdesk.ui.reports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.packdesk.report.InvalidParameterException;
import org.packdesk.report.ReportDefinition;
import org.packdesk.report.ReportParameter;
import org.packdesk.report.ReportParameters;
import org.packdesk.report.ReportResult;
import org.packdesk.report.export.ExportFormat;

/**
 * The Reports section's state: the chosen report, its parameter fields as typed, the result being
 * previewed, and where the last export went. The view runs and exports in the background and
 * reports back here.
 */
public final class ReportsViewModel {

  /** One parameter's field: the definition, and the text as the curator typed it. */
  public static final class ParameterField {
    private final ReportParameter parameter;
    private final StringProperty text;

    ParameterField(ReportParameter parameter) {
      this.parameter = parameter;
      this.text = new SimpleStringProperty(this, "text", parameter.defaultText());
    }

    public ReportParameter parameter() {
      return parameter;
    }

    public StringProperty textProperty() {
      return text;
    }
  }

  private final ObservableList<ReportDefinition> reports;
  private final ReadOnlyObjectWrapper<ReportDefinition> selected = new ReadOnlyObjectWrapper<>(this, "selected");
  private final ObservableList<ParameterField> fields = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  private final ReadOnlyObjectWrapper<ReportResult> result = new ReadOnlyObjectWrapper<>(this, "result");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(this, "format", ExportFormat.PDF);
  private final ReadOnlyObjectWrapper<Path> exported = new ReadOnlyObjectWrapper<>(this, "exported");

  public ReportsViewModel(List<ReportDefinition> reports) {
    this.reports = FXCollections.observableArrayList(reports);
  }

  public ObservableList<ReportDefinition> reports() {
    return reports;
  }

  /** Shows {@code report} with its parameters at their defaults; the previous result goes. */
  public void select(ReportDefinition report) {
    if (report == selected.get()) {
      return;
    }
    selected.set(report);
    fields.setAll(report == null ? List.of() : report.parameters().stream().map(ParameterField::new).toList());
    result.set(null);
    exported.set(null);
    error.set("");
    status.set(report == null ? "" : "Set the parameters and run the report.");
  }

  /**
   * The fields' values checked against the report; empty, with the reason shown, when one is
   * refused.
   */
  public Optional<ReportParameters> parameters() {
    ReportDefinition report = selected.get();
    if (report == null) {
      return Optional.empty();
    }
    Map<String, String> given = new LinkedHashMap<>();
    fields.forEach(field -> given.put(field.parameter().key(), field.textProperty().get()));
    try {
      ReportParameters parameters = ReportParameters.parse(report, given);
      error.set("");
      return Optional.of(parameters);
    } catch (InvalidParameterException e) {
      error.set(e.getMessage());
      return Optional.empty();
    }
  }

  public void runStarted() {
    busy.set(true);
    exported.set(null);
    status.set("Running " + selected.get().title() + "\u2026");
  }

  /** The result of a run; one for a report no longer selected is dropped. */
  public void showResult(ReportResult shown) {
    busy.set(false);
    if (shown.definition() != selected.get()) {
      return;
    }
    result.set(shown);
    int rows = shown.rows().size();
    status.set(rows == 0 ? "No rows: nothing in the catalog matches." : String.format("%,d %s", rows,
        rows == 1 ? "row" : "rows"));
  }

  public void failed(String what, String message) {
    busy.set(false);
    status.set(what + " failed: " + message);
  }

  /** A file name for the export: the report's id and today's date ({@code downloads-by-month-2024-06-01.pdf}). */
  public String suggestedFileName(LocalDate today) {
    return selected.get().id() + "-" + today + "." + format.get().extension();
  }

  /** Where the last export went, else null: the save dialog starts there. */
  public Path exportFolder() {
    return exported.get() == null ? null : exported.get().getParent();
  }

  public void exportStarted(Path file) {
    busy.set(true);
    status.set("Exporting to " + file.getFileName() + "\u2026");
  }

  public void exportDone(Path file) {
    busy.set(false);
    exported.set(file);
    status.set("Exported " + format.get() + " to " + file);
  }

  public ReadOnlyObjectProperty<ReportDefinition> selectedProperty() {
    return selected.getReadOnlyProperty();
  }

  public ObservableList<ParameterField> fields() {
    return fields;
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<ReportResult> resultProperty() {
    return result.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ObjectProperty<ExportFormat> formatProperty() {
    return format;
  }

  public ReadOnlyObjectProperty<Path> exportedProperty() {
    return exported.getReadOnlyProperty();
  }

  /** A report is chosen and nothing runs. */
  public BooleanBinding canRun() {
    return selected.isNotNull().and(busy.not());
  }

  /** There is a result to export and nothing runs. */
  public BooleanBinding canExport() {
    return Bindings.createBooleanBinding(() -> result.get() != null && !busy.get(), result, busy);
  }
}
