package org.packdesk.catalog.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.packdesk.catalog.search.SearchNode.AllOf;
import org.packdesk.catalog.search.SearchNode.AnyOf;
import org.packdesk.catalog.search.SearchNode.FlagMatch;
import org.packdesk.catalog.search.SearchNode.KeywordMatch;
import org.packdesk.catalog.search.SearchNode.Not;
import org.packdesk.catalog.search.SearchNode.RangeMatch;
import org.packdesk.catalog.search.SearchNode.TextMatch;

class QueryParserTest {

  @Test
  void theIssuesExampleParsesIntoOneConditionPerTerm() throws Exception {
    SearchNode node = QueryParser.parse("req* license:MIT language:\"Python :: 3.6\" maintainer:kenneth"
        + " released:>2017-01-01 yanked:true downloads:>1000 -deprecated");
    long day = LocalDate.of(2017, 1, 2).toEpochDay();
    assertEquals(new AllOf(List.of(
        new TextMatch(null, List.of("req"), true),
        new KeywordMatch(SearchField.LICENSE, "mit", false),
        new KeywordMatch(SearchField.LANGUAGE, "python :: 3.6", false),
        new KeywordMatch(SearchField.MAINTAINER, "kenneth", false),
        new RangeMatch(SearchField.RELEASED, day, Long.MAX_VALUE),
        new FlagMatch(SearchField.YANKED, true),
        new RangeMatch(SearchField.DOWNLOADS, 1001, Long.MAX_VALUE),
        new Not(new TextMatch(null, List.of("deprecated"), false)))), node);
  }

  @Test
  void orBindsLooserThanSideBySideTermsAndParenthesesGroup() throws Exception {
    TextMatch a = word("a");
    TextMatch b = word("b");
    TextMatch c = word("c");
    assertEquals(new AnyOf(List.of(new AllOf(List.of(a, b)), c)), QueryParser.parse("a b OR c"));
    assertEquals(new AllOf(List.of(a, new AnyOf(List.of(b, c)))), QueryParser.parse("a (b OR c)"));
    assertEquals(new AllOf(List.of(a, new Not(b))), QueryParser.parse("a AND NOT b"));
    assertEquals(new Not(new AnyOf(List.of(a, b))), QueryParser.parse("-(a OR b)"));
  }

  @Test
  void phrasesHyphensAndFieldsWithPhrases() throws Exception {
    assertEquals(new TextMatch(null, List.of("web", "framework"), false), QueryParser.parse("\"Web  framework\""));
    assertEquals(new TextMatch(null, List.of("django", "rest"), false), QueryParser.parse("django-rest"));
    assertEquals(new TextMatch(SearchField.NAME, List.of("requests"), false), QueryParser.parse("NAME:Requests"));
    assertEquals(new TextMatch(SearchField.SUMMARY, List.of("http", "for"), false),
        QueryParser.parse("summary:\"HTTP for\""));
    assertEquals(new KeywordMatch(SearchField.MAINTAINER, "kenneth reitz", false),
        QueryParser.parse("maintainer:\"Kenneth Reitz\""));
    assertEquals(new KeywordMatch(SearchField.LANGUAGE, "python", true), QueryParser.parse("language:Python*"));
  }

  @Test
  void datesCoverADayAMonthOrAYearAndComparisonsShiftTheBounds() throws Exception {
    long jan1 = LocalDate.of(2017, 1, 1).toEpochDay();
    long dec31 = LocalDate.of(2017, 12, 31).toEpochDay();
    assertEquals(new RangeMatch(SearchField.RELEASED, jan1, dec31), QueryParser.parse("released:2017"));
    assertEquals(new RangeMatch(SearchField.RELEASED, jan1, jan1 + 30), QueryParser.parse("released:2017-01"));
    assertEquals(new RangeMatch(SearchField.RELEASED, Long.MIN_VALUE, jan1 - 1), QueryParser.parse("released:<2017"));
    assertEquals(new RangeMatch(SearchField.RELEASED, Long.MIN_VALUE, dec31), QueryParser.parse("released:<=2017"));
    assertEquals(new RangeMatch(SearchField.RELEASED, jan1, Long.MAX_VALUE), QueryParser.parse("released:>=2017"));
    assertEquals(new RangeMatch(SearchField.DOWNLOADS, 5, 5), QueryParser.parse("downloads:5"));
    assertEquals(new RangeMatch(SearchField.DOWNLOADS, Long.MIN_VALUE, 999), QueryParser.parse("downloads:<1_000"));
  }

  @Test
  void aBlankQueryMatchesEverything() throws Exception {
    assertEquals(new AllOf(List.of()), QueryParser.parse("   "));
    assertEquals(new AllOf(List.of()), QueryParser.parse(null));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "license:                        | 9  | Expected a value after 'license:'",
      "req* license:                   | 14 | Expected a value after 'license:'",
      "released:>                      | 11 | Expected a value after 'released:>'",
      "colour:red                      | 1  | Unknown field 'colour' (known fields: name, summary, license",
      "a \"web framework               | 3  | Missing the closing '\"'",
      "(a OR b                         | 1  | Missing ')'",
      "a OR b)                         | 7  | Unexpected ')'",
      "a OR                            | 5  | Expected a search term after 'OR'",
      "OR a                            | 1  | Expected a search term before 'OR'",
      "a -                             | 4  | Expected a search term after '-'",
      "()                              | 1  | Empty parentheses",
      "released:2017-02-30             | 10 | Expected a date like 2017-01-01",
      "released:soon                   | 10 | Expected a date like 2017-01-01",
      "downloads:>many                 | 12 | Expected a whole number",
      "license:>MIT                    | 9  | 'license:' takes no '>'",
      "yanked:maybe                    | 8  | 'yanked:' takes true or false",
      "lifecycle:gone                  | 11 | 'lifecycle:' takes active, deprecated",
      "python:three                    | 8  | 'python:' takes a version",
      "re*q                            | 3  | '*' may only end a word",
      "django-rest*                    | 1  | A '*' prefix takes a single word",
      "a ...                           | 3  | '...' has no letters or digits",
      "a \"\"                          | 4  | Empty phrase",
  })
  void malformedQueriesSayWhatIsWrongAndWhere(String query, int column, String message) {
    QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> QueryParser.parse(query.strip()));
    assertEquals(column, e.column(), e.getMessage());
    assertTrue(e.getMessage().startsWith(message), e.getMessage());
    assertTrue(e.getMessage().endsWith("at column " + column), e.getMessage());
  }

  private static TextMatch word(String word) {
    return new TextMatch(null, List.of(word), false);
  }
}
