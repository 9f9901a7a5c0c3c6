package org.packdesk.ui.packageeditor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.binding.StringExpression;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.packdesk.catalog.EditablePackage;
import org.packdesk.catalog.edit.PackageField;
import org.packdesk.catalog.edit.SetPackageFields;
import org.packdesk.model.LifecycleStatus;

/**
 * The package editor's state: a text per field, the license and lifecycle chosen, what is wrong
 * with each value, whether anything changed, and the change that saving performs. A value the
 * curator changed must pass its rule to be saved; a value kept as published that breaks one is
 * only warned about, so an old import never blocks an unrelated edit. The summary is always
 * required.
 */
public final class PackageEditorViewModel {

  /** The license choice that means "no license". */
  public static final String NO_LICENSE = "(none)";

  /** The fields edited as text, in the form's order. */
  public static final List<PackageField> TEXT_FIELDS = List.of(PackageField.SUMMARY, PackageField.DESCRIPTION,
      PackageField.HOME_PAGE, PackageField.DOCS_URL, PackageField.PACKAGE_URL, PackageField.DOWNLOAD_URL,
      PackageField.AUTHOR_NAME, PackageField.AUTHOR_EMAIL, PackageField.KEYWORDS, PackageField.REQUIRES_PYTHON,
      PackageField.LIFECYCLE_NOTE);

  /** What is wrong with a value: an error blocks saving, a warning does not. */
  public record Problem(String message, boolean error) {
  }

  private final ReadOnlyObjectWrapper<EditablePackage> read = new ReadOnlyObjectWrapper<>(this, "read");
  private final Map<PackageField, StringProperty> texts = new EnumMap<>(PackageField.class);
  private final Map<PackageField, ObjectBinding<Problem>> problems = new EnumMap<>(PackageField.class);
  private final ObjectProperty<String> license = new SimpleObjectProperty<>(this, "license", NO_LICENSE);
  private final ObjectProperty<LifecycleStatus> lifecycle =
      new SimpleObjectProperty<>(this, "lifecycle", LifecycleStatus.ACTIVE);
  private final ObservableList<String> licenseChoices = FXCollections.observableArrayList(NO_LICENSE);
  private final BooleanProperty saving = new SimpleBooleanProperty(this, "saving");
  private final BooleanBinding dirty;
  private final BooleanBinding valid;
  private final BooleanBinding canSave;
  private final StringBinding heading;
  private final StringBinding title;
  private final StringBinding problemsText;

  public PackageEditorViewModel() {
    List<Observable> everything = new ArrayList<>(List.of(read, license, lifecycle));
    for (PackageField field : TEXT_FIELDS) {
      StringProperty text = new SimpleStringProperty(this, field.name(), "");
      texts.put(field, text);
      everything.add(text);
      problems.put(field, Bindings.createObjectBinding(() -> problemOf(field), text, read));
    }
    Observable[] all = everything.toArray(Observable[]::new);
    dirty = Bindings.createBooleanBinding(() -> !editedValues().isEmpty(), all);
    valid = Bindings.createBooleanBinding(() -> errors().isEmpty(), all);
    canSave = dirty.and(valid).and(saving.not());
    heading = Bindings.createStringBinding(() -> read.get() == null ? "Edit package" : "Edit " + read.get().name(), read);
    title = Bindings.createStringBinding(() -> heading.get() + (dirty.get() ? " \u2022" : ""), heading, dirty);
    problemsText = Bindings.createStringBinding(() -> errors().stream()
        .map(field -> field.label() + ": " + problems.get(field).get().message())
        .collect(Collectors.joining("\n")), all);
  }

  /** Shows {@code pkg}'s values as read: nothing is modified afterwards. */
  public void load(EditablePackage pkg) {
    read.set(pkg);
    licenseChoices.setAll(NO_LICENSE);
    licenseChoices.addAll(pkg.licenseIds());
    for (PackageField field : TEXT_FIELDS) {
      Object value = pkg.value(field);
      texts.get(field).set(value == null ? "" : value.toString());
    }
    Object licenseId = pkg.value(PackageField.LICENSE);
    license.set(licenseId == null ? NO_LICENSE : licenseId.toString());
    Object status = pkg.value(PackageField.LIFECYCLE);
    lifecycle.set(status == null ? LifecycleStatus.ACTIVE : (LifecycleStatus) status);
  }

  public ReadOnlyObjectProperty<EditablePackage> readProperty() {
    return read.getReadOnlyProperty();
  }

  /** The text of a field edited as text (see {@link #TEXT_FIELDS}). */
  public StringProperty text(PackageField field) {
    return Objects.requireNonNull(texts.get(field), () -> field + " is not edited as text");
  }

  /** What is wrong with the field's value now; null when nothing is. */
  public ObservableValue<Problem> problem(PackageField field) {
    return problems.get(field);
  }

  /** A license id, or {@link #NO_LICENSE}. */
  public ObjectProperty<String> licenseProperty() {
    return license;
  }

  public ObservableList<String> licenseChoices() {
    return licenseChoices;
  }

  public ObjectProperty<LifecycleStatus> lifecycleProperty() {
    return lifecycle;
  }

  /** Whether a save is under way (set by the view while the background save runs). */
  public BooleanProperty savingProperty() {
    return saving;
  }

  /** Whether any value differs from what was read. */
  public BooleanExpression dirtyProperty() {
    return dirty;
  }

  public boolean isDirty() {
    return dirty.get();
  }

  /** Whether no value blocks saving. */
  public BooleanExpression validProperty() {
    return valid;
  }

  public BooleanExpression canSaveProperty() {
    return canSave;
  }

  /** "Edit requests". */
  public StringExpression headingProperty() {
    return heading;
  }

  /** "Edit requests", with a "•" while modified: the window's title. */
  public StringExpression titleProperty() {
    return title;
  }

  /** The errors that block saving, one line each, with the field they are about. */
  public StringExpression problemsTextProperty() {
    return problemsText;
  }

  /** The fields whose value differs from what was read, with their new values (null for empty). */
  public Map<PackageField, Object> editedValues() {
    Map<PackageField, Object> edited = new EnumMap<>(PackageField.class);
    EditablePackage pkg = read.get();
    if (pkg == null) {
      return edited;
    }
    for (PackageField field : TEXT_FIELDS) {
      Object now = normalize(field, texts.get(field).get());
      if (!Objects.equals(now, readValue(field))) {
        edited.put(field, now);
      }
    }
    String licenseId = NO_LICENSE.equals(license.get()) ? null : license.get();
    if (!Objects.equals(licenseId, pkg.value(PackageField.LICENSE))) {
      edited.put(PackageField.LICENSE, licenseId);
    }
    if (lifecycle.get() != pkg.value(PackageField.LIFECYCLE)) {
      edited.put(PackageField.LIFECYCLE, lifecycle.get());
    }
    return edited;
  }

  /** The change saving performs: the edited fields, with their values as read to detect conflicts. */
  public SetPackageFields change() {
    EditablePackage pkg = Objects.requireNonNull(read.get(), "nothing loaded");
    Map<PackageField, Object> after = editedValues();
    Map<PackageField, Object> before = new EnumMap<>(PackageField.class);
    after.keySet().forEach(field -> before.put(field, pkg.value(field)));
    return new SetPackageFields(pkg.id(), pkg.version(), before, after);
  }

  private List<PackageField> errors() {
    return TEXT_FIELDS.stream().filter(field -> {
      Problem problem = problems.get(field).get();
      return problem != null && problem.error();
    }).toList();
  }

  private Problem problemOf(PackageField field) {
    if (read.get() == null) {
      return null;
    }
    Object value = normalize(field, texts.get(field).get());
    String message = PackageFieldRules.check(field, (String) value);
    if (message == null) {
      return null;
    }
    boolean changed = !Objects.equals(value, readValue(field));
    return changed || field == PackageField.SUMMARY ? new Problem(message, true)
        : new Problem("As published: " + message, false);
  }

  /** The value as read, compared the way the form's text is. */
  private Object readValue(PackageField field) {
    Object value = read.get().value(field);
    return normalize(field, value == null ? null : value.toString());
  }

  /** Empty is null; one-line fields lose surrounding blanks, the description keeps its text as typed. */
  static Object normalize(PackageField field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return field == PackageField.DESCRIPTION ? text : text.strip();
  }
}
