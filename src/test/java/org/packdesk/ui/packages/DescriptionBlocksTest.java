package org.packdesk.ui.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.packdesk.ui.packages.DescriptionBlocks.Block;
import org.packdesk.ui.packages.DescriptionBlocks.Kind;

class DescriptionBlocksTest {

  @Test
  void restructuredTextHeadingsParagraphsListsAndCode() {
    String rst = """
        Requests: HTTP for Humans
        =========================

        .. image:: https://img.shields.io/pypi/v/requests.svg
            :target: https://pypi.org/project/requests/
        .. image:: https://codecov.io/github/requests/requests/coverage.svg?branch=master

        Requests is the only *Non-GMO* HTTP library
        for Python, safe for human consumption.

        Behold, the power of Requests::

            >>> r = requests.get('https://api.github.com/user')
            >>> r.status_code
            200

        Feature Support
        ---------------

        - International Domains and URLs
        - Keep-Alive & Connection Pooling,
          wrapped over two lines

        1. First
        2. Second, with an example::

             >>> import requests
        """;
    assertEquals(List.of(
        new Block(Kind.HEADING_1, "Requests: HTTP for Humans"),
        new Block(Kind.IMAGES, "2 images not shown (img.shields.io, codecov.io)",
            ".. image:: https://img.shields.io/pypi/v/requests.svg\n:target: https://pypi.org/project/requests/\n"
                + ".. image:: https://codecov.io/github/requests/requests/coverage.svg?branch=master"),
        new Block(Kind.PARAGRAPH, "Requests is the only *Non-GMO* HTTP library for Python, safe for human consumption."),
        new Block(Kind.PARAGRAPH, "Behold, the power of Requests:"),
        new Block(Kind.CODE, ">>> r = requests.get('https://api.github.com/user')\n>>> r.status_code\n200"),
        new Block(Kind.HEADING_2, "Feature Support"),
        new Block(Kind.ITEM, "\u2022 International Domains and URLs"),
        new Block(Kind.ITEM, "\u2022 Keep-Alive & Connection Pooling, wrapped over two lines"),
        new Block(Kind.ITEM, "1. First"),
        new Block(Kind.ITEM, "2. Second, with an example:"),
        new Block(Kind.CODE, ">>> import requests")), DescriptionBlocks.parse(rst));
  }

  @Test
  void markdownHeadingsFencesAndCodeDirectives() {
    String md = """
        # Flask

        ## Installing

        ```bash
        pip install -U Flask
        ```

        .. code-block:: python

            app = Flask(__name__)

        Changes
        ~~~~~~~
        ***
        Done.
        """;
    assertEquals(List.of(
        new Block(Kind.HEADING_1, "Flask"),
        new Block(Kind.HEADING_2, "Installing"),
        new Block(Kind.CODE, "pip install -U Flask"),
        new Block(Kind.DIRECTIVE, ".. code-block:: python"),
        new Block(Kind.CODE, "app = Flask(__name__)"),
        new Block(Kind.HEADING_1, "Changes"),
        new Block(Kind.SEPARATOR, ""),
        new Block(Kind.PARAGRAPH, "Done.")), DescriptionBlocks.parse(md));
  }

  @Test
  void nothingOrBlanksIsNoBlock() {
    assertEquals(List.of(), DescriptionBlocks.parse(null));
    assertEquals(List.of(), DescriptionBlocks.parse(" \n\n"));
    assertEquals(List.of(new Block(Kind.PARAGRAPH, "UNKNOWN")), DescriptionBlocks.parse("UNKNOWN"));
  }

  /** Badges named in the text show where it names them, counted as images, and their definitions below add nothing. */
  @Test
  void imageSubstitutionsShowAsImagesWhereTheTextNamesThem() {
    String text = String.join("\n",
        "|build-status| |coverage|",
        "",
        "Runs everywhere |logo|, see the docs.",
        "",
        "|  |license|",
        "",
        ".. |build-status| image:: https://travis-ci.org/x/x.svg",
        "    :target: https://travis-ci.org/x/x",
        ".. |coverage| image:: https://codecov.io/x.svg",
        ".. |logo| image:: https://example.org/logo.png",
        ".. |license| image:: https://img.shields.io/x.svg",
        ".. |unused| image:: https://img.shields.io/unused.svg");
    List<Block> blocks = DescriptionBlocks.parse(text);
    assertEquals(List.of(
        new Block(Kind.IMAGES, "2 images not shown (travis-ci.org, codecov.io)"),
        new Block(Kind.PARAGRAPH, "Runs everywhere , see the docs."),
        // images in a row make one block: the line block's, then the unused definition
        new Block(Kind.IMAGES, "3 images not shown (example.org, img.shields.io)")),
        blocks.stream().map(b -> new Block(b.kind(), b.text())).toList());
  }

  /** Every word of every real description is still there once split into blocks. */
  @Test
  void noWordOfTheRealDescriptionsIsLost() throws IOException {
    Path data = Path.of("../shared/data/pypi-json");
    if (!Files.isDirectory(data)) {
      return;
    }
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    try (Stream<Path> files = Files.list(data)) {
      for (Path file : files.toList()) {
        String description = json.readTree(file.toFile()).path("info").path("description").asText("");
        java.util.Set<String> kept = new java.util.HashSet<>(words(String.join(" ",
            DescriptionBlocks.parse(description).stream().map(Block::source).toList())));
        // what the blocks stand for instead: underlines, fences, "::", list markers and line blocks' bars
        List<String> lost = words(description).stream()
            .filter(w -> !w.matches("[=\\-~^\"'`#*+.:_]{3,}|#{1,6}|```.*|~~~.*|.*::|[-*+\u2022|]"))
            .filter(w -> !kept.contains(w)).toList();
        assertEquals(List.of(), lost, file.getFileName() + " lost words");
      }
    }
  }

  private static List<String> words(String text) {
    return List.of(text.split("\\s+")).stream().filter(w -> !w.isEmpty()).toList();
  }
}
