package org.packdesk.db;

import io.ebean.Database;
import io.ebean.annotation.Platform;
import io.ebean.datasource.DataSourceBuilder;
import io.ebean.dbmigration.DbMigration;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Generates the next migration from the entities, for H2 and PostgreSQL side by side, into
 * {@code src/main/resources/dbmigration}. Run after changing the model:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.packdesk.db.GenerateMigration -Dexec.args="1.1 add-lifecycle"}
 * (or from the IDE), then commit the new files.
 */
public final class GenerateMigration {

  private GenerateMigration() {
  }

  public static void main(String[] args) throws IOException {
    String version = args.length > 0 ? args[0] : null;
    String name = args.length > 1 ? args[1] : null;
    String generated = generate(Path.of("src/main/resources"), version, name);
    System.out.println(generated == null ? "The model and the migrations agree: nothing to generate."
        : "Generated migration " + generated);
  }

  /** Returns the generated version, or null when the migrations already match the model. */
  public static String generate(Path resources, String version, String name) throws IOException {
    Database database = Database.builder()
        .name("migration-generator")
        .dataSourceBuilder(DataSourceBuilder.create()
            .url("jdbc:h2:mem:generator;DB_CLOSE_DELAY=-1").username("sa").password(""))
        .register(false)
        .defaultDatabase(false)
        .classes(CatalogDatabase.ENTITY_CLASSES)
        .build();
    try {
      DbMigration migration = DbMigration.create();
      migration.setServer(database);
      migration.setPathToResources(resources.toAbsolutePath().toString());
      migration.setIncludeGeneratedFileComment(true);
      migration.setIncludeIndex(true);
      migration.addPlatform(Platform.H2, "h2");
      migration.addPlatform(Platform.POSTGRES, "postgres");
      if (version != null) {
        migration.setVersion(version);
      }
      if (name != null) {
        migration.setName(name);
      }
      return migration.generateMigration();
    } finally {
      database.shutdown(true, false);
    }
  }
}
