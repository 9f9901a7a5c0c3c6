package org.packdesk.ui.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.packdesk.catalog.PackageCriteria;
import org.packdesk.catalog.PackageFilter;
import org.packdesk.catalog.PackageSort;
import org.packdesk.catalog.paging.Direction;
import org.packdesk.catalog.paging.Page;
import org.packdesk.catalog.paging.Pager;
import org.packdesk.catalog.paging.RowKey;
import org.packdesk.catalog.paging.SqlCriteria;
import org.packdesk.catalog.PackageRow;
import org.packdesk.catalog.PackageSearch.FilterChoices;
import org.packdesk.model.LifecycleStatus;
import org.packdesk.ui.common.DirectBackground;

/** The packages table's filters, without a toolkit. */
class PackagesViewModelTest {

  final List<PackageFilter> asked = new ArrayList<>();
  /** One package whatever is asked: these tests are about what is asked. */
  final Pager<PackageRow, PackageSort> onePackage = new Pager<>() {
    final PackageRow flask = new PackageRow("flask", "Flask", "web", "1.0.2", "BSD-3-Clause", null, 2);

    @Override
    public long count(SqlCriteria criteria) {
      return 1;
    }

    @Override
    public Page<PackageRow> page(SqlCriteria criteria, PackageSort sort, Direction direction, RowKey after, int limit) {
      return after == null ? new Page<>(List.of(flask), List.of(new RowKey(List.of("Flask", "flask"))))
          : new Page<>(List.of(), List.of());
    }

    @Override
    public List<RowKey> anchors(SqlCriteria criteria, PackageSort sort, Direction direction, int every) {
      return List.of();
    }

    @Override
    public long position(SqlCriteria criteria, PackageSort sort, Direction direction, Object id) {
      return "flask".equals(id) ? 0 : -1;
    }
  };
  final PackagesViewModel viewModel = new PackagesViewModel(onePackage, (text, filter) -> {
    asked.add(filter);
    return PackageCriteria.of(text, filter);
  }, () -> new FilterChoices(List.of("MIT", "BSD-3-Clause"), List.of("Python :: 3")), new DirectBackground());

  @Test
  void everyFilterChangeSearchesWithIt() {
    viewModel.licenseProperty().set("MIT");
    assertEquals(new PackageFilter("MIT", null, null, null, false), asked.get(asked.size() - 1));
    viewModel.languageProperty().set("Python :: 3");
    viewModel.lifecycleProperty().set(LifecycleStatus.DEPRECATED);
    viewModel.withYankedProperty().set(true);
    assertEquals(new PackageFilter("MIT", "Python :: 3", null, LifecycleStatus.DEPRECATED, true), asked.get(asked.size() - 1));
    assertTrue(viewModel.filtered().get());
    assertEquals("1 package, licensed MIT, in Python :: 3, deprecated, with a yanked release", viewModel.statusProperty().get());
  }

  @Test
  void noLicenseAndMaintainerAreTranslated() {
    viewModel.licenseProperty().set(PackagesViewModel.NO_LICENSE);
    viewModel.maintainerProperty().set("  Armin@Example.org ");
    viewModel.refresh();
    assertEquals(new PackageFilter(PackageFilter.NO_LICENSE, null, "Armin@Example.org", null, false), asked.get(asked.size() - 1));
  }

  @Test
  void resetShowsEverythingAgain() {
    viewModel.licenseProperty().set("MIT");
    viewModel.resetFilters();
    assertFalse(viewModel.filtered().get());
    assertEquals(PackageFilter.NONE, asked.get(asked.size() - 1));
  }

  @Test
  void choicesComeFromTheCatalogAndKeepTheCurrentOne() {
    viewModel.licenseProperty().set("MIT");
    viewModel.loadChoices();
    assertEquals(List.of(PackagesViewModel.ANY_LICENSE, PackagesViewModel.NO_LICENSE, "MIT", "BSD-3-Clause"),
        viewModel.licenseChoices());
    assertEquals(List.of(PackagesViewModel.ANY_LANGUAGE, "Python :: 3"), viewModel.languageChoices());
    assertEquals("MIT", viewModel.licenseProperty().get());
  }

  @Test
  void theChosenPackageIsKeptByIdAndClearedWhenItLeavesTheRows() {
    viewModel.chooseId("flask");
    assertEquals("flask", viewModel.chosenProperty().get());
    assertEquals(0, viewModel.chosenIndexProperty().get(), "found where it stands");
    viewModel.chooseId("numpy");
    assertEquals(null, viewModel.chosenProperty().get(), "not among the rows: nothing chosen");
    assertEquals(-1, viewModel.chosenIndexProperty().get());
  }
}
