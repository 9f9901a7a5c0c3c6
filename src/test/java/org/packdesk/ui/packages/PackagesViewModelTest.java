package org.packdesk.ui.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.packdesk.catalog.PackageRow;
import org.packdesk.catalog.PackageSort;
import org.packdesk.catalog.paging.Direction;
import org.packdesk.catalog.paging.Page;
import org.packdesk.catalog.paging.PagedSource;
import org.packdesk.catalog.paging.Pager;
import org.packdesk.catalog.paging.RowKey;
import org.packdesk.catalog.paging.SqlCriteria;
import org.packdesk.catalog.search.FacetCounts;
import org.packdesk.catalog.search.FacetCounts.FacetValue;
import org.packdesk.catalog.search.SearchField;
import org.packdesk.ui.browse.HeldBackground;
import org.packdesk.ui.common.DirectBackground;
import org.packdesk.ui.search.FacetsViewModel;

/** The packages search box and its facets, without a toolkit. */
class PackagesViewModelTest {

  static final PackageRow FLASK = new PackageRow("flask", "Flask", "A framework", "1.0", "BSD-3-Clause", null, 1, 0);

  final List<String> searched = new ArrayList<>();
  final List<PackageSort> sorts = new ArrayList<>();
  final List<String> counted = new ArrayList<>();
  int databaseCounts;

  /** Every package, from the database: Flask alone. */
  final Pager<PackageRow, PackageSort> database = new Pager<>() {
    @Override
    public long count(SqlCriteria criteria) {
      databaseCounts++;
      return 1;
    }

    @Override
    public Page<PackageRow> page(SqlCriteria criteria, PackageSort sort, Direction direction, RowKey after, int limit) {
      return after == null ? new Page<>(List.of(FLASK), List.of(new RowKey(List.of("Flask", "flask"))))
          : new Page<>(List.of(), List.of());
    }

    @Override
    public List<RowKey> keys(SqlCriteria criteria, PackageSort sort, Direction direction, RowKey after, int limit) {
      return List.of();
    }

    @Override
    public RowKey keyAt(SqlCriteria criteria, PackageSort sort, Direction direction, RowKey after, long skip) {
      return null;
    }

    @Override
    public long position(SqlCriteria criteria, PackageSort sort, Direction direction, Object id) {
      return "flask".equals(id) ? 0 : -1;
    }
  };

  /** The search index's answer to any query: Flask. */
  final PackagesViewModel.Matches matches = (query, sort, direction, pageSize) -> new PagedSource<>() {
    @Override
    public long count() {
      searched.add(query);
      sorts.add(sort);
      return 1;
    }

    @Override
    public List<PackageRow> page(int index) {
      return index == 0 ? List.of(FLASK) : List.of();
    }

    @Override
    public long position(Object id) {
      return "flask".equals(id) ? 0 : -1;
    }
  };

  final PackagesViewModel viewModel = new PackagesViewModel(database, matches, (query, top) -> {
    counted.add(query);
    return new FacetCounts(Map.of(SearchField.LICENSE, List.of(new FacetValue("BSD-3-Clause", 1)),
        SearchField.LANGUAGE, List.of(new FacetValue("Python :: 3.6", 1))));
  }, new DirectBackground());

  @Test
  void noQueryPagesTheDatabaseAndAQueryAsksTheIndexInTheChosenOrder() {
    viewModel.refresh();
    assertEquals(1, databaseCounts);
    assertEquals(List.of(), searched);
    assertEquals(FLASK, viewModel.rows().get(0));

    viewModel.searchTextProperty().set("fla*");
    viewModel.sortBy(PackageSort.MAINTAINERS, Direction.DESCENDING);
    assertEquals(1, databaseCounts, "a query is not the database's");
    assertEquals(List.of("fla*"), searched);
    assertEquals(List.of(PackageSort.MAINTAINERS), sorts);
    assertEquals(FLASK, viewModel.rows().get(0));
  }

  @Test
  void aValidQueryRunsAndItsFacetsAreCounted() {
    viewModel.searchTextProperty().set("web license:BSD-3-Clause");
    viewModel.refresh();
    assertEquals(List.of("web license:BSD-3-Clause"), searched);
    assertEquals(List.of("web license:BSD-3-Clause"), counted);
    assertEquals("", viewModel.queryErrorProperty().get());
    List<FacetsViewModel.Group> groups = viewModel.facets().groups();
    assertEquals(List.of("License", "Language"), groups.stream().map(FacetsViewModel.Group::title).toList());
    assertEquals("language:\"Python :: 3.6\"", groups.get(1).values().get(0).term());
  }

  @Test
  void aMalformedQueryIsNotRunAndSaysWhereItIsWrong() {
    viewModel.searchTextProperty().set("flask");
    viewModel.refresh();
    viewModel.searchTextProperty().set("flask license:");
    viewModel.refresh();
    assertEquals(List.of("flask"), searched);
    assertEquals("Expected a value after 'license:' at column 15", viewModel.queryErrorProperty().get());
    assertEquals(1, viewModel.rows().size(), "the last result stays");
    assertNull(viewModel.savableQuery());

    viewModel.searchTextProperty().set("flask license:MIT");
    viewModel.refresh();
    assertEquals("", viewModel.queryErrorProperty().get());
    assertEquals("flask license:MIT", viewModel.savableQuery());
  }

  @Test
  void clickingAFacetNarrowsTheQueryAndGroupsATopLevelOr() {
    viewModel.searchTextProperty().set("flask OR django");
    viewModel.refresh();
    viewModel.narrow("license:BSD-3-Clause");
    assertEquals("(flask OR django) license:BSD-3-Clause", viewModel.searchTextProperty().get());
    assertEquals("(flask OR django) license:BSD-3-Clause", searched.get(searched.size() - 1));
    viewModel.narrow("license:BSD-3-Clause");
    assertEquals("(flask OR django) license:BSD-3-Clause", viewModel.searchTextProperty().get(), "not twice");
  }

  @Test
  void theChosenPackageIsKeptByIdAndClearedWhenItLeavesTheRows() {
    viewModel.chooseId("flask");
    assertEquals("flask", viewModel.chosenProperty().get());
    assertEquals(0, viewModel.chosenIndex(), "found where it stands");
    viewModel.chooseId("numpy");
    assertEquals(null, viewModel.chosenProperty().get(), "not among the rows: nothing chosen");
    assertEquals(-1, viewModel.chosenIndex());
  }

  @Test
  void searchesOvertakenWhileQueuedDoNoWork() {
    HeldBackground held = new HeldBackground();
    PackagesViewModel typing = new PackagesViewModel(database, matches, (query, top) -> {
      counted.add(query);
      return new FacetCounts(Map.of());
    }, held);
    for (String text : List.of("f", "fl", "fla*")) {
      typing.searchTextProperty().set(text);
      typing.refresh();
    }
    held.finishAll();
    assertEquals(List.of("fla*"), searched);
    assertEquals(List.of("fla*"), counted);
  }

  @Test
  void theChosenPackagesPageIsReadWithTheFirstSoTheTableSelectsThePackageNotAPlaceholder() {
    List<PackageRow> many = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      many.add(new PackageRow("p" + i, "p" + i, "", "1.0", "MIT", null, 1, 0));
    }
    List<Integer> pagesRead = new ArrayList<>();
    PackagesViewModel.Matches all = (query, sort, direction, pageSize) -> new PagedSource<>() {
      @Override
      public long count() {
        return many.size();
      }

      @Override
      public List<PackageRow> page(int index) {
        pagesRead.add(index);
        return many.subList(Math.min(many.size(), index * pageSize), Math.min(many.size(), (index + 1) * pageSize));
      }

      @Override
      public long position(Object id) {
        return many.stream().map(PackageRow::id).toList().indexOf(id);
      }
    };
    PackagesViewModel big = new PackagesViewModel(database, all, (query, top) -> new FacetCounts(Map.of()),
        new DirectBackground());
    big.searchTextProperty().set("p*");
    big.chooseId("p230");

    assertEquals(230, big.chosenIndex());
    assertEquals(List.of(0, 2), pagesRead.stream().sorted().toList(), "the first page and the chosen one's");
    assertEquals(many.get(230), big.rows().get(230), "the chosen row itself: the table keeps a row it selected");
  }
}
