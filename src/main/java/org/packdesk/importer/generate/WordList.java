package org.packdesk.importer.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The words and people's names the generator builds texts from (resources next to this class). */
final class WordList {

  static final List<String> WORDS = read("words.txt").get(0);
  static final List<String> GIVEN_NAMES = read("people.txt").get(0);
  static final List<String> FAMILY_NAMES = read("people.txt").get(1);

  private WordList() {
  }

  /** The resource's non-comment lines, distinct, split into sections at lines "--". */
  private static List<List<String>> read(String resource) {
    try (InputStream in = WordList.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The generator's word list " + resource + " is missing from the build");
      }
      List<List<String>> sections = new ArrayList<>();
      LinkedHashSet<String> current = new LinkedHashSet<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.strip();
        if (word.equals("--")) {
          sections.add(List.copyOf(current));
          current = new LinkedHashSet<>();
        } else if (!word.isEmpty() && !word.startsWith("#")) {
          current.add(word);
        }
      }
      sections.add(List.copyOf(current));
      return sections;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
