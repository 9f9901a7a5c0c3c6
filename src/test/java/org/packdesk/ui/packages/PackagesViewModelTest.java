package org.packdesk.ui.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.packdesk.catalog.PackageRow;
import org.packdesk.catalog.search.FacetCounts;
import org.packdesk.catalog.search.FacetCounts.FacetValue;
import org.packdesk.catalog.search.SearchField;
import org.packdesk.ui.browse.HeldBackground;
import org.packdesk.ui.common.DirectBackground;
import org.packdesk.ui.search.FacetsViewModel;

/** The packages search box and its facets, without a toolkit. */
class PackagesViewModelTest {

  final List<String> searched = new ArrayList<>();
  final List<String> counted = new ArrayList<>();
  final PackagesViewModel viewModel = new PackagesViewModel((query, limit) -> {
    searched.add(query);
    return List.of(new PackageRow("flask", "Flask", "A framework", "1.0", "BSD-3-Clause", null, 1));
  }, (query, top) -> {
    counted.add(query);
    return new FacetCounts(Map.of(SearchField.LICENSE, List.of(new FacetValue("BSD-3-Clause", 1)),
        SearchField.LANGUAGE, List.of(new FacetValue("Python :: 3.6", 1))));
  }, new DirectBackground());

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
  void searchesOvertakenWhileQueuedDoNoWork() {
    HeldBackground held = new HeldBackground();
    PackagesViewModel typing = new PackagesViewModel((query, limit) -> {
      searched.add(query);
      return List.of();
    }, (query, top) -> {
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
}
