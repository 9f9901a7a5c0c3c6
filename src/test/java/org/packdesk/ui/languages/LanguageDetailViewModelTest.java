package org.packdesk.ui.languages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.packdesk.catalog.PackageRef;
import org.packdesk.ui.common.DirectBackground;
import org.packdesk.ui.common.RecordingEditor;

/** Renaming languages, and when that is a merge, without a toolkit. */
class LanguageDetailViewModelTest {

  private final RecordingEditor editor = new RecordingEditor();
  private final List<String> asked = new ArrayList<>();
  private boolean agree;
  private final List<String> renamed = new ArrayList<>();

  private final LanguageDetailViewModel model = new LanguageDetailViewModel(new LanguageDetailViewModel.Catalog() {
    @Override
    public List<PackageRef> packagesOf(String language, int limit) {
      if (language.equals("Python :: 3")) { // declared by 52,606 packages: the pane reads one more than it lists
        return java.util.stream.IntStream.range(0, limit).mapToObj(i -> new PackageRef("p" + i, "p" + i, "")).toList();
      }
      return List.of(new PackageRef("numpy", "numpy", "Arrays"), new PackageRef("requests", "requests", "HTTP"));
    }

    @Override
    public long declaredBy(String language) {
      return language.equals("Python :: 3") ? 52_606 : 2;
    }

    @Override
    public boolean exists(String language) {
      return Set.of("Python :: 3", "Python :: 3.6").contains(language);
    }
  }, new DirectBackground(), editor, (header, message, action) -> {
    asked.add(header);
    return agree;
  });

  @Test
  void aCommonLanguageSaysHowManyDeclareItAndListsTheFirstThousand() {
    model.show("Python :: 3");
    assertEquals("Declared by 52,606 packages; the first 1,000 are listed.", model.countText().get());
    assertEquals(LanguageDetailViewModel.LISTED, model.packages().size());
  }

  @Test
  void showsTheLanguageWithItsPackages() {
    model.show("Python :: 3.6");
    assertEquals("Python :: 3.6", model.nameText().get());
    assertEquals("Declared by 2 packages", model.countText().get());
    assertEquals(List.of("numpy", "requests"), model.packages().stream().map(PackageRef::id).toList());
    model.show(null);
    assertEquals("", model.nameText().get());
    assertEquals(List.of(), model.packages());
  }

  @Test
  void aNewNameIsARenameWithoutQuestions() {
    model.show("Python :: 3.6");
    model.rename("  Python :: 3.6 :: Only ", renamed::add);
    assertEquals(List.of(), asked);
    assertEquals("Merge language Python :: 3.6 into Python :: 3.6 :: Only", editor.onlyChange());
    assertEquals(List.of("Python :: 3.6 :: Only"), renamed);
  }

  @Test
  void aTakenNameMergesOnlyWhenTheCuratorAgrees() {
    model.show("Python :: 3.6");
    model.rename("Python :: 3", renamed::add);
    assertEquals(List.of("Merge Python :: 3.6 into Python :: 3?"), asked);
    assertEquals(List.of(), editor.performed, "declined");

    agree = true;
    model.rename("Python :: 3", renamed::add);
    assertEquals("Merge language Python :: 3.6 into Python :: 3", editor.onlyChange());
    assertEquals(List.of("Python :: 3"), renamed);
  }

  @Test
  void theSameNameDoesNothingAndNoNameIsRefused() {
    model.show("Python :: 3.6");
    model.rename("Python :: 3.6", renamed::add);
    model.rename("  ", renamed::add);
    assertEquals(List.of(), editor.performed);
    assertEquals("A language needs a name.", model.problemProperty().get());
  }

  @Test
  void aRefusalIsShownInThePane() {
    model.show("Python :: 3.6");
    editor.refuseWith("There is no language Python :: 3.6 any more.");
    model.rename("Python 3.6", renamed::add);
    assertEquals("There is no language Python :: 3.6 any more.", model.problemProperty().get());
    assertEquals(List.of(), renamed);
  }
}
