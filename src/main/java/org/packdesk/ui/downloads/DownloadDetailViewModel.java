package org.packdesk.ui.downloads;

import java.time.ZoneId;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.packdesk.catalog.DownloadDetail;
import org.packdesk.importer.ClientDetails;
import org.packdesk.model.DownloadDay;
import org.packdesk.ui.browse.BrowseViewModel;
import org.packdesk.ui.browse.DetailLoader;
import org.packdesk.ui.browse.Formats;

/** The download detail pane: when, what and from where, and the client its user agent names. */
public final class DownloadDetailViewModel {

  private static final String NOT_TOLD = "not told";

  private final DetailLoader<Long, DownloadDetail> loader;
  private final ZoneId zone;
  private final ReadOnlyObjectWrapper<DownloadDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");

  public DownloadDetailViewModel(DetailLoader.Read<Long, DownloadDetail> lookup, BrowseViewModel.Background background,
      ZoneId zone) {
    this.loader = new DetailLoader<>(background, lookup, detail::set);
    this.zone = zone;
  }

  /** Shows the download {@code id}; null shows none. */
  public void show(Long id) {
    loader.load(id);
  }

  public void reload() {
    loader.reload();
  }

  public ReadOnlyObjectProperty<DownloadDetail> detailProperty() {
    return detail.getReadOnlyProperty();
  }

  public StringBinding timeText() {
    return text(d -> Formats.dateTime(d.created(), zone));
  }

  public StringBinding packageText() {
    return text(DownloadDetail::packageName);
  }

  public StringBinding releaseText() {
    return text(DownloadDetail::version);
  }

  /** The release's one file; where it has several, the log's file name was not kept. */
  public StringBinding fileText() {
    return text(d -> d.file() != null ? d.file()
        : d.releaseFiles() == 0 ? "none recorded"
        : String.format("one of the release\u2019s %,d files (the import keeps no file name)", d.releaseFiles()));
  }

  public StringBinding addressText() {
    return text(d -> d.ipAddress() == null ? "not recorded (BigQuery exports have none)" : d.ipAddress());
  }

  public StringBinding userAgentText() {
    return text(d -> d.userAgent() == null ? "" : d.userAgent());
  }

  /** Whether the row has a user agent (BigQuery exports have none). */
  public javafx.beans.binding.BooleanBinding hasUserAgent() {
    return userAgentText().isNotEmpty();
  }

  /** "pip 18.1". */
  public StringBinding installerText() {
    return client(c -> known(c.installer()) == null ? null
        : c.installerVersion() == null ? c.installer() : c.installer() + " " + c.installerVersion());
  }

  public StringBinding pythonText() {
    return client(c -> known(c.python()));
  }

  public StringBinding implementationText() {
    return client(ClientDetails::implementation);
  }

  public StringBinding systemText() {
    return client(c -> known(c.system()));
  }

  public StringBinding distroText() {
    return client(ClientDetails::distro);
  }

  public StringBinding cpuText() {
    return client(ClientDetails::cpu);
  }

  private static String known(String value) {
    return value == null || value.equals(DownloadDay.UNKNOWN) ? null : value;
  }

  private StringBinding client(Function<ClientDetails, String> of) {
    return text(d -> {
      String value = of.apply(d.client());
      return value == null || value.isBlank() ? NOT_TOLD : value;
    });
  }

  private StringBinding text(Function<DownloadDetail, String> of) {
    return Bindings.createStringBinding(() -> detail.get() == null ? "" : of.apply(detail.get()), detail);
  }
}
