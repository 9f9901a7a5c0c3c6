package org.packdesk.catalog.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

/** The index's document for one package: its words, its keyword values, its numbers and its facet values. */
final class SearchDocuments {

  static final String ID = "id";
  static final String NO_LICENSE = "no_license";
  /** The facet value of packages without a license: also what {@code license:none} asks for. */
  static final String NONE = "none";
  static final List<SearchField> FACETS = List.of(SearchField.LICENSE, SearchField.LANGUAGE,
      SearchField.MAINTAINER, SearchField.LIFECYCLE);

  private SearchDocuments() {
  }

  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(SearchField.LANGUAGE.key(), true);
    config.setMultiValued(SearchField.MAINTAINER.key(), true);
    return config;
  }

  static Document of(PackageFacts facts, FacetsConfig config) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(ID, facts.id(), Store.YES));
    doc.add(new SortedDocValuesField(ID, new BytesRef(facts.id())));
    doc.add(new TextField(SearchField.NAME.key(), new WordStream(SearchTokens.of(facts.name()))));
    doc.add(new TextField(SearchField.SUMMARY.key(), new WordStream(SearchTokens.of(facts.summary()))));
    for (SearchField field : List.of(SearchField.LICENSE, SearchField.LANGUAGE, SearchField.MAINTAINER,
        SearchField.LIFECYCLE, SearchField.PYTHON, SearchField.VERSION)) {
      for (String key : facts.keywords(field)) {
        doc.add(new StringField(field.key(), key, Store.NO));
      }
    }
    if (facts.license() == null) {
      doc.add(new StringField(NO_LICENSE, "true", Store.NO));
    }
    if (facts.lastReleased() != null) {
      doc.add(new LongPoint(SearchField.RELEASED.key(), facts.lastReleased().toEpochDay()));
    }
    doc.add(new LongPoint(SearchField.DOWNLOADS.key(), facts.downloads()));
    doc.add(new StringField(SearchField.YANKED.key(), Boolean.toString(facts.yanked()), Store.NO));
    addFacets(doc, facts);
    return config.build(doc);
  }

  private static void addFacets(Document doc, PackageFacts facts) {
    String license = facts.license() == null ? NONE : facts.license();
    doc.add(new SortedSetDocValuesFacetField(SearchField.LICENSE.key(), license));
    facts.languages().forEach(l -> doc.add(new SortedSetDocValuesFacetField(SearchField.LANGUAGE.key(), l)));
    facts.maintainers().stream().map(PackageFacts.Person::email).distinct()
        .forEach(e -> doc.add(new SortedSetDocValuesFacetField(SearchField.MAINTAINER.key(), e)));
    doc.add(new SortedSetDocValuesFacetField(SearchField.LIFECYCLE.key(), facts.lifecycle()));
  }
}
