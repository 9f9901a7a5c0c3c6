package org.packdesk.ui.journal;

import java.time.Instant;
import java.time.ZoneId;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableColumn;
import org.packdesk.app.AppContext;
import org.packdesk.catalog.AuditQueries;
import org.packdesk.catalog.AuditRow;
import org.packdesk.ui.browse.BrowseView;
import org.packdesk.ui.browse.Columns;

/** The catalog's journal: who changed what and when, newest first, with filters by action, curator and date. */
public final class JournalView extends BrowseView<AuditRow> {

  private final JournalViewModel viewModel;

  @FXML private TableColumn<AuditRow, Instant> whenColumn;
  @FXML private TableColumn<AuditRow, String> curatorColumn;
  @FXML private TableColumn<AuditRow, String> actionColumn;
  @FXML private TableColumn<AuditRow, String> entityColumn;
  @FXML private TableColumn<AuditRow, String> entityIdColumn;
  @FXML private TableColumn<AuditRow, String> descriptionColumn;
  @FXML private ComboBox<String> actionFilter;
  @FXML private ComboBox<String> curatorFilter;
  @FXML private DatePicker fromDate;
  @FXML private DatePicker toDate;
  @FXML private Button resetButton;

  public JournalView(AppContext context) {
    this(context, viewModel(context));
  }

  private JournalView(AppContext context, JournalViewModel viewModel) {
    super(context, viewModel);
    this.viewModel = viewModel;
  }

  private static JournalViewModel viewModel(AppContext context) {
    AuditQueries queries = context.auditQueries();
    return new JournalViewModel(queries::search,
        () -> new JournalViewModel.Choices(queries.actions(), queries.curators()),
        inBackground(context), ZoneId.systemDefault());
  }

  @Override
  protected void defineColumns() {
    Columns.dateTime(whenColumn, AuditRow::happenedAt);
    Columns.text(curatorColumn, AuditRow::curator);
    Columns.text(actionColumn, AuditRow::action);
    Columns.text(entityColumn, AuditRow::entity);
    Columns.text(entityIdColumn, AuditRow::entityId);
    Columns.longText(descriptionColumn, AuditRow::description);
  }

  @Override
  protected void connectTools() {
    actionFilter.setItems(viewModel.actionChoices());
    actionFilter.valueProperty().bindBidirectional(viewModel.actionProperty());
    curatorFilter.setItems(viewModel.curatorChoices());
    curatorFilter.valueProperty().bindBidirectional(viewModel.curatorProperty());
    fromDate.valueProperty().bindBidirectional(viewModel.fromProperty());
    toDate.valueProperty().bindBidirectional(viewModel.toProperty());
    followsFilters(resetButton, viewModel.filtered(), viewModel::loadChoices);
  }

  @FXML
  private void resetFilters() {
    viewModel.resetFilters();
  }
}
