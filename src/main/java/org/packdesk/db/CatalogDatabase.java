package org.packdesk.db;

import io.ebean.Database;
import io.ebean.config.EntityClassRegister;
import io.ebean.datasource.DataSourceBuilder;
import io.ebean.datasource.DataSourcePool;
import io.ebean.platform.h2.H2Platform;
import io.ebean.platform.postgres.PostgresPlatform;
import io.ebean.migration.MigrationConfig;
import io.ebean.migration.MigrationResource;
import io.ebean.migration.MigrationRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open catalog: brings the schema up to date (backing the file up first when there is
 * something to migrate), then opens the Ebean {@link Database} over it. Close it when done.
 */
public final class CatalogDatabase implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(CatalogDatabase.class);
  /**
   * The entities, from the register the query-bean generator writes at compile time: listed
   * explicitly because Ebean hands that register only to a default database, and scanning the
   * class path instead costs start-up time.
   */
  public static final List<Class<?>> ENTITY_CLASSES = ServiceLoader.load(EntityClassRegister.class).stream()
      .flatMap(register -> register.get().classesFor(null, true).stream())
      .toList();
  static final String USER = "sa";
  static final String PASSWORD = "";
  /** H2 error codes that mean something a person can act on. */
  private static final int H2_ALREADY_OPEN = 90020;
  private static final int H2_FILE_CORRUPTED = 90030;
  private static final int H2_FILE_VERSION = 90048;
  /** H2's "table not found": alone, with the tables it knows, or in a database without any. */
  private static final Set<Integer> H2_TABLE_NOT_FOUND = Set.of(42102, 42103, 42104);
  /** What ebean-migration writes in its lock row while it migrates (it puts back "<init>" when done). */
  private static final String MIGRATION_LOCKED = "locked";

  private final CatalogLocation location;
  private final Database database;
  private final DataSourcePool pool;
  private final MigrationReport migration;

  private CatalogDatabase(CatalogLocation location, Database database, DataSourcePool pool, MigrationReport migration) {
    this.location = location;
    this.database = database;
    this.pool = pool;
    this.migration = migration;
  }

  /** What happened to the schema on opening. */
  public record MigrationReport(boolean createdNew, List<String> applied, Optional<Path> backup) {
  }

  /** Opens (creating it if needed) and migrates the catalog at {@code location}. */
  public static CatalogDatabase open(CatalogLocation location) {
    return open(location, step -> { });
  }

  /**
   * As {@link #open(CatalogLocation)}, telling {@code steps} what takes long while it does it
   * (backing a big file up, upgrading its schema), for the window that waits on it.
   */
  public static CatalogDatabase open(CatalogLocation location, Consumer<String> steps) {
    long start = System.nanoTime();
    location.platform(); // refuses an unsupported database before touching it
    boolean existed = location.dataFile().map(Files::exists).orElse(true);
    location.file().ifPresent(CatalogDatabase::ensureFolder);
    String name = "packdesk-" + Integer.toHexString(System.identityHashCode(location));
    CompletableFuture<DataSourcePool> pool = new CompletableFuture<>();
    // Ebean's start (about a second of reading the entities' deployment) needs no connection: it
    // runs while H2 opens the file and the migrations are checked, and gets its pool once they are done
    CompletableFuture<Database> ebean = CompletableFuture.supplyAsync(() -> startEbean(location, name,
        new DeferredDataSource(pool)), CatalogDatabase::onDaemon);
    OpeningLock opening = null;
    Connection held = null;
    try {
      opening = OpeningLock.acquire(location);
      held = connect(location);
      Optional<Path> restored = recoverInterruptedUpgrade(location, held, steps);
      held = reopened(location, held);
      MigrationReport report = migrate(location, existed, held, steps, restored);
      held = reopened(location, held);
      if (!report.applied().isEmpty() && !report.createdNew()) {
        steps.accept("Upgrading the catalog to schema " + report.applied().get(report.applied().size() - 1)
            + "\u2026 (a big catalog takes minutes, once)");
      }
      runMarked(location, report);
      long migrated = System.nanoTime();
      // the held connection keeps H2's file open while the pool connects, so it is opened once
      DataSourcePool connections = DataSourceBuilder.create()
          .name(name)
          .url(location.jdbcUrl())
          .username(USER)
          .password(PASSWORD)
          .minConnections(1)
          .maxConnections(8)
          .shutdownOnJvmExit(true) // Ebean's own hook closes only the pools it made: H2 must close on a logout too
          .build();
      pool.complete(connections);
      Database database = started(ebean);
      LOG.info("Opened catalog {} (migrations applied: {}; migration check {} ms, then {} ms to the pool and Ebean)",
          location, report.applied(), (migrated - start) / 1_000_000, (System.nanoTime() - migrated) / 1_000_000);
      return new CatalogDatabase(location, database, connections, report);
    } catch (RuntimeException | Error e) {
      pool.completeExceptionally(e);
      pool.thenAccept(DataSourcePool::shutdown);
      ebean.thenAccept(database -> database.shutdown(false, false));
      throw e;
    } finally {
      closeQuietly(held);
      if (opening != null) {
        opening.close();
      }
    }
  }

  /** {@code held}, or a new connection when a restore or a backup closed it (they need the file closed). */
  private static Connection reopened(CatalogLocation location, Connection held) {
    try {
      return held.isClosed() ? connect(location) : held;
    } catch (SQLException e) {
      throw explain(location, e);
    }
  }

  /** The Ebean started in the background, or what stopped it. */
  private static Database started(CompletableFuture<Database> ebean) {
    try {
      return ebean.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  /** Ebean over {@code dataSource}, told its platform so that it starts without a connection. */
  private static Database startEbean(CatalogLocation location, String name, DataSource dataSource) {
    return Database.builder()
        .name(name)
        .dataSource(dataSource)
        .databasePlatform(location.platform().equals("postgres") ? new PostgresPlatform() : new H2Platform())
        .skipDataSourceCheck(true)
        .register(false)
        .defaultDatabase(false)
        .classes(ENTITY_CLASSES)
        .build();
  }

  private static void onDaemon(Runnable work) {
    Thread thread = new Thread(work, "packdesk-start-ebean");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * An upgrade cut off half-way (the app killed, the machine switched off) leaves the migration
   * runner's lock taken, and may leave part of a step's tables made, as H2 commits each definition
   * at once: the runner would wait for its lock forever, behind the "Opening catalog" window. In a
   * catalog file nobody else can hold that lock (H2 gives a file to one process at a time, and
   * {@link OpeningLock} covers the moments it is closed for a copy). When the note written before
   * the upgrade ({@link CatalogBackups#markUpgrade}) names the backup made for it, the cut-off file
   * is set aside and that backup put back, and the upgrade runs again; otherwise nothing had been
   * changed yet (the runner also locks while it checks what is pending), and the lock is released.
   * Returns the backup restored, if any ({@code held} is closed then).
   */
  private static Optional<Path> recoverInterruptedUpgrade(CatalogLocation location, Connection held,
      Consumer<String> steps) {
    if (location.file().isEmpty() || !migrationLocked(held)) {
      return Optional.empty();
    }
    CatalogBackups backups = new CatalogBackups(location.file().get());
    Optional<Path> marked = backups.markedUpgrade();
    if (marked.isEmpty()) {
      LOG.warn("{} was left locked by a schema check cut off before any change: releasing the lock", location);
      try (var release = held.createStatement()) {
        release.executeUpdate("update db_migration set mcomment = '<init>' where id = 0");
        held.commit();
      } catch (SQLException e) {
        throw explain(location, e);
      }
      return Optional.empty();
    }
    Path backup = marked.get();
    closeQuietly(held);
    steps.accept("The last upgrade of this catalog was cut off: restoring it from " + backup.getFileName()
        + size(backup) + "\u2026");
    Path aside = backups.restore(backup, LocalDateTime.now());
    LOG.warn("The last upgrade of {} was cut off: restored {}, the cut-off file is kept as {}", location, backup, aside);
    return Optional.of(backup);
  }

  /** Whether the migration runner's lock row says a migration is under way. */
  private static boolean migrationLocked(Connection connection) {
    try (var query = connection.prepareStatement("select mcomment from db_migration where id = 0");
         var rs = query.executeQuery()) {
      return rs.next() && MIGRATION_LOCKED.equals(rs.getString(1));
    } catch (SQLException e) {
      return false; // a new catalog: no migration table yet
    }
  }

  /**
   * Finds the pending migrations; backs the file up (closing {@code held}) when there are some,
   * unless it was just {@code restored} from a backup.
   */
  private static MigrationReport migrate(CatalogLocation location, boolean existed, Connection held,
      Consumer<String> steps, Optional<Path> restored) {
    // the runner closes the connection it is given: it gets its own, while {@code held} keeps the file open
    List<String> pending;
    try {
      pending = new MigrationRunner(migrationConfig(location.platform())).checkState(connect(location))
          .stream().map(MigrationResource::version).map(io.ebean.migration.MigrationVersion::asString).toList();
    } catch (io.ebean.migration.MigrationException e) {
      throw unrecognisedSchema(location, e);
    }
    Optional<Path> backup = restored;
    if (existed && !pending.isEmpty() && location.file().isPresent() && restored.isEmpty()) {
      // with its only connection closed, H2 has closed the file: a plain copy is consistent
      closeQuietly(held);
      steps.accept("Backing up the catalog before upgrading it" + location.dataFile().map(CatalogDatabase::size)
          .orElse("") + "\u2026");
      Path copy = new CatalogBackups(location.file().get()).backup(LocalDateTime.now());
      LOG.info("Backed up {} to {} before migrating to {}", location, copy, pending);
      backup = Optional.of(copy);
    }
    return new MigrationReport(!existed, pending, backup);
  }

  /**
   * The catalog's recorded schema steps differ from this build's (a step changed after the file
   * was made with it): nothing is touched; the curator is told what to open instead.
   */
  private static CatalogOpenException unrecognisedSchema(CatalogLocation location, RuntimeException e) {
    List<Path> backups = location.file().map(file -> new CatalogBackups(file).list()).orElse(List.of());
    return new CatalogOpenException("The catalog " + location + " was made by another build of Packdesk whose"
        + " schema differs from this one's (" + rootMessage(e) + "). Nothing was changed. Open it with the"
        + " Packdesk that made it" + (backups.isEmpty() ? "" : ", or open its latest backup, "
        + backups.get(backups.size() - 1)) + ".", e);
  }

  /**
   * Runs the pending migrations of a file backed up for them with a note naming that backup
   * beside it (see {@link #recoverInterruptedUpgrade}); the note goes once they end, well or not.
   */
  private static void runMarked(CatalogLocation location, MigrationReport report) {
    if (report.applied().isEmpty() || report.backup().isEmpty() || location.file().isEmpty()) {
      runPending(location, report);
      return;
    }
    CatalogBackups backups = new CatalogBackups(location.file().get());
    backups.markUpgrade(report.backup().get());
    try {
      runPending(location, report);
    } finally {
      backups.clearUpgradeMark();
    }
  }

  private static void runPending(CatalogLocation location, MigrationReport report) {
    if (report.applied().isEmpty()) {
      return;
    }
    try {
      new MigrationRunner(migrationConfig(location.platform())).run(connect(location));
    } catch (RuntimeException e) {
      throw new CatalogOpenException("The catalog " + location + " could not be brought up to date: "
          + rootMessage(e) + (holdsNothing(location) ? ". It holds no packages, journal or saved searches yet:"
              + " its first set-up was probably cut off. Delete " + location.describe() + " (and the folder "
              + location.file().map(CatalogLocation::searchFolder).map(Path::toString).orElse("") + ", if there"
              + " is one) and start Packdesk again to make it afresh"
              : report.backup().map(b -> ". It is unchanged in the backup " + b).orElse(""))
          + ". See the log for details.", e);
    }
  }

  /**
   * Whether a file catalog holds nothing a curator made: no packages, no journal and no saved
   * searches, their tables empty or not made yet (a catalog whose first set-up was cut off). Any
   * other failure to tell (a lock, a damaged file) counts as holding something.
   */
  private static boolean holdsNothing(CatalogLocation location) {
    if (location.file().isEmpty()) {
      return false;
    }
    try (Connection connection = connect(location)) {
      for (String table : List.of("packages", "auditing", "saved_searches")) {
        try (var query = connection.prepareStatement("select 1 from " + table + " limit 1");
             var rs = query.executeQuery()) {
          if (rs.next()) {
            return false;
          }
        } catch (SQLException e) {
          if (!H2_TABLE_NOT_FOUND.contains(e.getErrorCode())) {
            return false;
          }
        }
      }
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  /** " (1.2 GB)": the size of the file to copy, so the curator knows why it takes a while. */
  private static String size(Path file) {
    try {
      return String.format(" (%.1f GB)", Files.size(file) / 1e9);
    } catch (java.io.IOException e) {
      return "";
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        LOG.warn("Could not close a catalog connection", e);
      }
    }
  }

  /** Migration settings: the generated scripts for this platform, in {@code db_migration}. */
  public static MigrationConfig migrationConfig(String platform) {
    MigrationConfig config = new MigrationConfig();
    config.setPlatform(platform);
    config.setMigrationPath("dbmigration/" + platform);
    config.setMetaTable("db_migration");
    return config;
  }

  private static Connection connect(CatalogLocation location) {
    try {
      Connection connection = DriverManager.getConnection(location.jdbcUrl(), USER, PASSWORD);
      connection.setAutoCommit(false);
      return connection;
    } catch (SQLException e) {
      throw explain(location, e);
    }
  }

  /** Turns a driver error into what a person can act on. */
  static CatalogOpenException explain(CatalogLocation location, SQLException e) {
    LOG.warn("Could not open catalog {}", location, e);
    return switch (e.getErrorCode()) {
      case H2_ALREADY_OPEN -> new CatalogOpenException("The catalog " + location
          + " is already open in another Packdesk window or process. Close it there first, or open"
          + " a different catalog with --db.", e);
      case H2_FILE_CORRUPTED, H2_FILE_VERSION -> new CatalogOpenException("The catalog file "
          + location + " is damaged or was written by an incompatible program, so Packdesk left it"
          + " untouched. Restore one of the backups beside it (" + backupNames(location)
          + "), or open another catalog with --db.", e);
      default -> new CatalogOpenException("The catalog " + location + " could not be opened: "
          + rootMessage(e), e);
    };
  }

  private static String backupNames(CatalogLocation location) {
    List<Path> backups = location.file().map(f -> new CatalogBackups(f).list()).orElse(List.of());
    return backups.isEmpty() ? "there are none"
        : String.join(", ", backups.stream().map(p -> p.getFileName().toString()).toList());
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    int newline = message.indexOf('\n');
    return newline > 0 ? message.substring(0, newline) : message;
  }

  private static void ensureFolder(Path file) {
    try {
      Files.createDirectories(file.getParent());
    } catch (Exception e) {
      throw new CatalogOpenException("Packdesk cannot create the folder " + file.getParent()
          + " for its catalog: " + rootMessage(e) + ". Choose another place with --db.", e);
    }
  }

  public Database database() {
    return database;
  }

  public CatalogLocation location() {
    return location;
  }

  public MigrationReport migration() {
    return migration;
  }

  /** The newest applied migration version, e.g. {@code 1.0}. */
  public String schemaVersion() {
    return database.sqlQuery("select mversion from db_migration where mtype = 'V' and mstatus = 'SUCCESS' order by id desc")
        .setMaxRows(1)
        .mapToScalar(String.class)
        .findOne();
  }

  @Override
  public void close() {
    database.shutdown(false, false);
    pool.shutdown();
  }
}
