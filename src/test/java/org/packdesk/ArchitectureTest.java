package org.packdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Data flows one way, ui -> catalog -> model -> db: services know no JavaFX, views no Ebean. */
class ArchitectureTest {

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.packdesk");

  @Test
  void servicesDoNotUseJavaFx() {
    noClasses().that().resideInAnyPackage("org.packdesk.catalog..", "org.packdesk.model..", "org.packdesk.db..")
        .should().dependOnClassesThat().resideInAnyPackage("javafx..")
        .check(MAIN);
  }

  @Test
  void viewsDoNotTouchTheDatabase() {
    noClasses().that().resideInAPackage("org.packdesk.ui..")
        .should().dependOnClassesThat().resideInAnyPackage("io.ebean..", "org.packdesk.model..")
        .check(MAIN);
  }
}
