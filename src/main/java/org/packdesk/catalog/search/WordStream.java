package org.packdesk.catalog.search;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Hands Lucene words already cut by {@link SearchTokens}, so the index and every other matcher
 * agree on what a word is (no analyzer of Lucene's own to keep in step).
 */
final class WordStream extends TokenStream {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final List<String> words;
  private int next;

  WordStream(List<String> words) {
    this.words = words;
  }

  @Override
  public boolean incrementToken() {
    clearAttributes();
    if (next >= words.size()) {
      return false;
    }
    term.setEmpty().append(words.get(next++));
    return true;
  }

  @Override
  public void reset() throws java.io.IOException {
    super.reset();
    next = 0;
  }
}
