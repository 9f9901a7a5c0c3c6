package org.packdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Makes N PyPI documents with the real files' shapes under new package and file names. */
final class LargeSetMaker {

  private LargeSetMaker() {
  }

  static List<Path> make(List<Path> originals, int count, Path target) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> sources = new ArrayList<>();
    for (Path p : originals) {
      sources.add(mapper.readTree(p.toFile()));
    }
    Files.createDirectories(target);
    List<Path> made = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ObjectNode doc = sources.get(i % sources.size()).deepCopy();
      String suffix = "-copy" + i;
      String name = doc.path("package_name").asText(doc.path("info").path("name").asText()) + suffix;
      doc.put("package_name", name);
      ((ObjectNode) doc.get("info")).put("name", name);
      JsonNode releases = doc.get("releases");
      for (Iterator<Map.Entry<String, JsonNode>> it = releases.fields(); it.hasNext(); ) {
        for (JsonNode file : (ArrayNode) it.next().getValue()) {
          ((ObjectNode) file).put("filename", "c" + i + "-" + file.path("filename").asText());
        }
      }
      Path out = target.resolve(name + ".json");
      mapper.writeValue(out.toFile(), doc);
      made.add(out);
    }
    return made;
  }
}
