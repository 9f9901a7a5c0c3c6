package org.packdesk.catalog.search;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.packdesk.catalog.search.SearchNode.AllOf;
import org.packdesk.catalog.search.SearchNode.AnyOf;
import org.packdesk.catalog.search.SearchNode.FlagMatch;
import org.packdesk.catalog.search.SearchNode.KeywordMatch;
import org.packdesk.catalog.search.SearchNode.Not;
import org.packdesk.catalog.search.SearchNode.RangeMatch;
import org.packdesk.catalog.search.SearchNode.TextMatch;

/** Turns a parsed query into a Lucene query over the fields of {@link SearchDocuments}. */
final class LuceneQueries {

  private LuceneQueries() {
  }

  static Query of(SearchNode node) {
    if (node instanceof AllOf all) {
      BooleanQuery.Builder query = new BooleanQuery.Builder();
      boolean positive = false;
      for (SearchNode child : all.children()) {
        if (child instanceof Not not) {
          query.add(of(not.child()), Occur.MUST_NOT);
        } else {
          query.add(of(child), Occur.FILTER);
          positive = true;
        }
      }
      if (!positive) {
        query.add(new MatchAllDocsQuery(), Occur.FILTER);
      }
      return query.build();
    }
    if (node instanceof AnyOf any) {
      BooleanQuery.Builder query = new BooleanQuery.Builder();
      any.children().forEach(child -> query.add(of(child), Occur.SHOULD));
      return query.build();
    }
    if (node instanceof Not not) {
      return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER)
          .add(of(not.child()), Occur.MUST_NOT).build();
    }
    if (node instanceof TextMatch text) {
      if (text.field() != null) {
        return words(text.field().key(), text);
      }
      return new BooleanQuery.Builder()
          .add(words(SearchField.NAME.key(), text), Occur.SHOULD)
          .add(words(SearchField.SUMMARY.key(), text), Occur.SHOULD).build();
    }
    if (node instanceof KeywordMatch keyword) {
      if (keyword.field() == SearchField.LICENSE && !keyword.prefix() && keyword.value().equals(SearchDocuments.NONE)) {
        return new TermQuery(new Term(SearchDocuments.NO_LICENSE, "true"));
      }
      Term term = new Term(keyword.field().key(), keyword.value());
      return keyword.prefix() ? new PrefixQuery(term) : new TermQuery(term);
    }
    if (node instanceof RangeMatch range) {
      return LongPoint.newRangeQuery(range.field().key(), range.from(), range.to());
    }
    FlagMatch flag = (FlagMatch) node;
    return new TermQuery(new Term(flag.field().key(), Boolean.toString(flag.value())));
  }

  private static Query words(String field, TextMatch text) {
    if (text.words().size() == 1) {
      Term term = new Term(field, text.words().get(0));
      return text.prefix() ? new PrefixQuery(term) : new TermQuery(term);
    }
    return new PhraseQuery(field, text.words().toArray(String[]::new));
  }
}
