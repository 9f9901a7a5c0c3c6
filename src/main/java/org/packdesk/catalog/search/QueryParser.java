package org.packdesk.catalog.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.packdesk.catalog.search.QueryLexer.Token;
import org.packdesk.catalog.search.QueryLexer.Type;
import org.packdesk.catalog.search.SearchNode.AllOf;
import org.packdesk.catalog.search.SearchNode.AnyOf;
import org.packdesk.catalog.search.SearchNode.Not;

/**
 * Recursive descent over the search grammar:
 * <pre>
 * query   := or END
 * or      := and ('OR' and)*
 * and     := unary (['AND'] unary)*
 * unary   := ('-' | 'NOT') unary | primary
 * primary := '(' or ')' | PHRASE | field ':' value | WORD
 * </pre>
 * Terms side by side must all match. A bare word, even after '-', is free text over the name
 * and summary: {@code -deprecated} drops packages that mention "deprecated", while
 * {@code -lifecycle:deprecated} drops the deprecated ones.
 */
public final class QueryParser {

  private static final Pattern FIELD_PREFIX = Pattern.compile("[A-Za-z_]+:.*", Pattern.DOTALL);

  private final List<Token> tokens;
  private int next;

  private QueryParser(List<Token> tokens) {
    this.tokens = tokens;
  }

  /** The query's tree; a blank query matches every package. */
  public static SearchNode parse(String query) throws QuerySyntaxException {
    QueryParser parser = new QueryParser(QueryLexer.tokens(query == null ? "" : query));
    SearchNode node = parser.or();
    Token rest = parser.peek();
    if (rest.type() != Type.END) {
      throw new QuerySyntaxException("Unexpected '" + rest.text() + "' (no '(' to close)", rest.column());
    }
    return node;
  }

  private SearchNode or() throws QuerySyntaxException {
    List<SearchNode> any = new ArrayList<>();
    any.add(and());
    while (peek().type() == Type.OR) {
      take();
      if (endsGroup(peek())) {
        throw new QuerySyntaxException("Expected a search term after 'OR'", peek().column());
      }
      any.add(and());
    }
    return any.size() == 1 ? any.get(0) : new AnyOf(List.copyOf(any));
  }

  private SearchNode and() throws QuerySyntaxException {
    List<SearchNode> all = new ArrayList<>();
    while (!endsGroup(peek())) {
      if (peek().type() == Type.AND) {
        Token and = take();
        if (all.isEmpty() || endsGroup(peek())) {
          throw new QuerySyntaxException("'AND' needs a search term on each side", and.column());
        }
        continue;
      }
      all.add(unary());
    }
    if (all.isEmpty() && peek().type() == Type.OR) {
      throw new QuerySyntaxException("Expected a search term before 'OR'", peek().column());
    }
    return all.size() == 1 ? all.get(0) : new AllOf(List.copyOf(all));
  }

  private SearchNode unary() throws QuerySyntaxException {
    if (peek().type() == Type.MINUS || peek().type() == Type.NOT) {
      Token negation = take();
      if (endsGroup(peek()) || peek().type() == Type.AND) {
        throw new QuerySyntaxException("Expected a search term after '" + negation.text() + "'", peek().column());
      }
      return new Not(unary());
    }
    return primary();
  }

  private SearchNode primary() throws QuerySyntaxException {
    Token token = take();
    switch (token.type()) {
      case OPEN -> {
        if (peek().type() == Type.CLOSE) {
          throw new QuerySyntaxException("Empty parentheses: put a search term inside", token.column());
        }
        SearchNode inside = or();
        if (peek().type() != Type.CLOSE) {
          throw new QuerySyntaxException("Missing ')' for the '(' opened", token.column());
        }
        take();
        return inside;
      }
      case PHRASE -> {
        return FieldValues.text(null, token.text(), true, token.column() + 1);
      }
      case WORD -> {
        return FIELD_PREFIX.matcher(token.text()).matches() ? fieldTerm(token) : freeWord(token);
      }
      default -> throw new QuerySyntaxException("Unexpected '" + token.text() + "'", token.column());
    }
  }

  private SearchNode freeWord(Token word) throws QuerySyntaxException {
    return FieldValues.text(null, word.text(), false, word.column());
  }

  private SearchNode fieldTerm(Token word) throws QuerySyntaxException {
    int colon = word.text().indexOf(':');
    String key = word.text().substring(0, colon);
    SearchField field = SearchField.byKey(key).orElseThrow(() -> new QuerySyntaxException(
        "Unknown field '" + key + "' (known fields: " + SearchField.knownKeys() + ")", word.column()));
    String value = word.text().substring(colon + 1);
    int valueColumn = word.column() + colon + 1;
    boolean phrase = false;
    Token following = peek();
    if (FieldValues.operatorLength(value) == value.length() && following.type() == Type.PHRASE
        && following.column() == word.end() + 1) {
      take();
      value = value + following.text();
      phrase = true;
    }
    return FieldValues.parse(field, key, value, phrase, valueColumn);
  }

  private static boolean endsGroup(Token token) {
    return token.type() == Type.END || token.type() == Type.CLOSE || token.type() == Type.OR;
  }

  private Token peek() {
    return tokens.get(next);
  }

  private Token take() {
    return tokens.get(next++);
  }
}
