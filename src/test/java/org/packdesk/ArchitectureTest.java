package org.packdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Data flows one way: ui -> catalog/importer/report -> model -> db (see STYLE.md). */
class ArchitectureTest {

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.packdesk");

  @Test
  void servicesNeverUseJavaFx() {
    noClasses().that().resideInAnyPackage("org.packdesk.catalog..", "org.packdesk.importer..", "org.packdesk.report..",
            "org.packdesk.model..", "org.packdesk.db..", "org.packdesk.cli..")
        .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
        .check(CLASSES);
  }

  @Test
  void viewsNeverTouchEbeanOrTheDatabase() {
    noClasses().that().resideInAPackage("org.packdesk.ui..")
        .should().dependOnClassesThat().resideInAnyPackage("io.ebean..", "org.packdesk.db..", "java.sql..")
        .check(CLASSES);
  }

  @Test
  void theModelDependsOnNothingAboveIt() {
    noClasses().that().resideInAPackage("org.packdesk.model..")
        .should().dependOnClassesThat().resideInAnyPackage("org.packdesk.catalog..", "org.packdesk.importer..",
            "org.packdesk.report..", "org.packdesk.ui..", "org.packdesk.app..", "org.packdesk.cli..", "org.packdesk.db..")
        .check(CLASSES);
  }

  @Test
  void commandsAndViewsAreIndependent() {
    noClasses().that().resideInAPackage("org.packdesk.cli..")
        .should().dependOnClassesThat().resideInAnyPackage("org.packdesk.ui..", "org.packdesk.app..")
        .check(CLASSES);
    noClasses().that().resideInAPackage("org.packdesk.ui..")
        .should().dependOnClassesThat().resideInAPackage("org.packdesk.cli..")
        .check(CLASSES);
  }
}
