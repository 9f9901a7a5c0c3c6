package org.packdesk.catalog.search;

import java.util.ArrayList;
import java.util.List;

/** Cuts a query into words, quoted phrases, parentheses, '-' and the OR / AND / NOT keywords. */
final class QueryLexer {

  enum Type { WORD, PHRASE, OPEN, CLOSE, MINUS, OR, AND, NOT, END }

  /** A piece of the query; {@code column} is 1-based, {@code end} the index just after it. */
  record Token(Type type, String text, int column, int end) {
  }

  private QueryLexer() {
  }

  static List<Token> tokens(String query) throws QuerySyntaxException {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < query.length()) {
      char c = query.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')') {
        tokens.add(new Token(c == '(' ? Type.OPEN : Type.CLOSE, String.valueOf(c), i + 1, i + 1));
        i++;
      } else if (c == '"') {
        int close = query.indexOf('"', i + 1);
        if (close < 0) {
          throw new QuerySyntaxException("Missing the closing '\"' of the phrase that starts", i + 1);
        }
        tokens.add(new Token(Type.PHRASE, query.substring(i + 1, close), i + 1, close + 1));
        i = close + 1;
      } else if (c == '-' && startsTerm(tokens, i)) {
        tokens.add(new Token(Type.MINUS, "-", i + 1, i + 1));
        i++;
      } else {
        int start = i;
        while (i < query.length() && !Character.isWhitespace(query.charAt(i)) && "()\"".indexOf(query.charAt(i)) < 0) {
          i++;
        }
        String word = query.substring(start, i);
        tokens.add(new Token(keyword(word), word, start + 1, i));
      }
    }
    tokens.add(new Token(Type.END, "", query.length() + 1, query.length()));
    return tokens;
  }

  /** A '-' negates only where a term may begin (not inside "django-rest"). */
  private static boolean startsTerm(List<Token> tokens, int index) {
    if (tokens.isEmpty()) {
      return true;
    }
    Token last = tokens.get(tokens.size() - 1);
    return last.end() < index || last.type() == Type.OPEN || last.type() == Type.MINUS;
  }

  private static Type keyword(String word) {
    return switch (word) {
      case "OR" -> Type.OR;
      case "AND" -> Type.AND;
      case "NOT" -> Type.NOT;
      default -> Type.WORD;
    };
  }
}
