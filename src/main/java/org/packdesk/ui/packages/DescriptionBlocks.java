package org.packdesk.ui.packages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a package's long description (reStructuredText, Markdown or plain text, as published)
 * into blocks a view can set readably: headings, paragraphs with their hard line breaks undone,
 * list items, code kept line by line, and directives (badges, images) kept as written. Nothing
 * is dropped; inline markup stays as typed.
 */
public final class DescriptionBlocks {

  /** What a block is, which decides how it is set. */
  public enum Kind { HEADING_1, HEADING_2, HEADING_3, PARAGRAPH, ITEM, CODE, DIRECTIVE, IMAGES, SEPARATOR }

  /**
   * One block; an item's text starts with its marker ("•", "1."). {@code source} is the block as
   * written where the text says it otherwise: a run of image directives (badges, mostly) reads
   * "5 images not shown (img.shields.io)".
   */
  public record Block(Kind kind, String text, String source) {

    public Block(Kind kind, String text) {
      this(kind, text, text);
    }
  }

  private static final Pattern ATX_HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*$");
  private static final Pattern BULLET = Pattern.compile("^(\\s*)[-*+\u2022]\\s+(.*)$");
  private static final Pattern NUMBERED = Pattern.compile("^(\\s*)(\\d{1,3}[.)]|#\\.)\\s+(.*)$");
  private static final Pattern DIRECTIVE = Pattern.compile("^\\.\\.\\s*(?:\\|[^|]+\\|\\s*)?([\\w-]+)?(::)?.*$");
  private static final Pattern ADORNMENT = Pattern.compile("^([=\\-~^\"'`#*+.:_])\\1{2,}\\s*$");
  private static final Set<String> CODE_DIRECTIVES = Set.of("code", "code-block", "sourcecode", "highlight");
  private static final Set<String> IMAGE_DIRECTIVES = Set.of("image", "figure");
  private static final Pattern IMAGE_ADDRESS = Pattern.compile("(?:image|figure)::\\s*(\\S+)");
  /** ".. |name| image:: address": a picture (a badge, mostly) that the text places by its name. */
  private static final Pattern IMAGE_SUBSTITUTION = Pattern.compile("^\\.\\.\\s*\\|([^|]+)\\|\\s*image::\\s*(\\S+).*$");
  private static final Pattern SUBSTITUTION_REFERENCE = Pattern.compile("\\|([^|\\s](?:[^|]*[^|\\s])?)\\|_{0,2}");

  private final List<String> lines;
  private final List<Block> blocks = new ArrayList<>();
  /** reStructuredText heading levels go by the order in which their adornments first appear. */
  private final List<String> adornments = new ArrayList<>();
  private int at;
  /** After a paragraph ending in "::", the indented block that follows is code, however deep. */
  private boolean literalNext;
  /** Image substitutions by name, as defined anywhere in the text: they show where the text names them. */
  private final java.util.Map<String, String> imageSubstitutions = new java.util.HashMap<>();

  private DescriptionBlocks(String text) {
    this.lines = text.replace("\t", "    ").lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = IMAGE_SUBSTITUTION.matcher(lines.get(i).strip());
      if (m.matches()) {
        StringBuilder definition = new StringBuilder(lines.get(i).strip());
        for (int j = i + 1; j < lines.size() && indent(lines.get(j)) > 0 && lines.get(j).strip().startsWith(":"); j++) {
          definition.append('\n').append(lines.get(j).strip());
        }
        imageSubstitutions.put(m.group(1), definition.toString());
      }
    }
  }

  public static List<Block> parse(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    DescriptionBlocks parser = new DescriptionBlocks(text);
    parser.run();
    return List.copyOf(parser.blocks);
  }

  private void run() {
    while (at < lines.size()) {
      String line = lines.get(at);
      if (line.isBlank()) {
        at++;
        continue;
      }
      boolean literal = literalNext;
      literalNext = false;
      if (literal && indent(line) > 0) {
        code(indentedBlock());
      } else if (FENCE.matcher(line).matches()) {
        fencedCode();
      } else if (ATX_HEADING.matcher(line).matches()) {
        Matcher m = ATX_HEADING.matcher(line);
        m.matches();
        heading(Math.min(m.group(1).length(), 3), m.group(2));
        at++;
      } else if (overlinedHeading() || underlinedHeading()) {
        continue;
      } else if (ADORNMENT.matcher(line).matches()) {
        blocks.add(new Block(Kind.SEPARATOR, ""));
        at++;
      } else if (line.startsWith("..")) {
        directive();
      } else if (indent(line) >= 4) {
        code(indentedBlock());
      } else if (BULLET.matcher(line).matches() || NUMBERED.matcher(line).matches()) {
        item();
      } else {
        paragraph();
      }
    }
  }

  private void heading(int level, String text) {
    blocks.add(new Block(level == 1 ? Kind.HEADING_1 : level == 2 ? Kind.HEADING_2 : Kind.HEADING_3, text.strip()));
  }

  private int rstLevel(String adornment) {
    if (!adornments.contains(adornment)) {
      adornments.add(adornment);
    }
    return adornments.indexOf(adornment) + 1;
  }

  /** "=====" / Title / "=====". */
  private boolean overlinedHeading() {
    if (at + 2 >= lines.size() || !ADORNMENT.matcher(lines.get(at)).matches()) {
      return false;
    }
    String title = lines.get(at + 1);
    String under = lines.get(at + 2).strip();
    if (title.isBlank() || !under.equals(lines.get(at).strip())) {
      return false;
    }
    heading(rstLevel("over" + under.charAt(0)), title);
    at += 3;
    return true;
  }

  /** Title / "-----" (reStructuredText and Markdown's setext headings). */
  private boolean underlinedHeading() {
    if (at + 1 >= lines.size() || ADORNMENT.matcher(lines.get(at)).matches()) {
      return false;
    }
    String title = lines.get(at).strip();
    String under = lines.get(at + 1).strip();
    if (!ADORNMENT.matcher(under).matches() || indent(lines.get(at)) > 0) {
      return false;
    }
    heading(rstLevel(under.substring(0, 1)), title);
    at += 2;
    return true;
  }

  private void fencedCode() {
    String fence = lines.get(at).strip().substring(0, 3);
    at++;
    List<String> code = new ArrayList<>();
    while (at < lines.size() && !lines.get(at).strip().startsWith(fence)) {
      code.add(lines.get(at++));
    }
    at++;
    code(code);
  }

  /** ".. image:: url" with its ":target:" options; a code directive's body is code, another's is text. */
  private void directive() {
    Matcher m = DIRECTIVE.matcher(lines.get(at));
    String name = m.matches() && m.group(2) != null && m.group(1) != null ? m.group(1).toLowerCase(Locale.ROOT) : "";
    StringBuilder text = new StringBuilder(lines.get(at++).strip());
    // a directive's options, or the rest of a comment: the indented lines right below
    while (at < lines.size() && !lines.get(at).isBlank() && indent(lines.get(at)) > 0
        && (name.isEmpty() || lines.get(at).strip().startsWith(":"))) {
      text.append('\n').append(lines.get(at++).strip());
    }
    Matcher substitution = IMAGE_SUBSTITUTION.matcher(text.toString().lines().findFirst().orElse(""));
    if (substitution.matches() && isReferenced(substitution.group(1))) {
      // shown where the text names it
    } else if (IMAGE_DIRECTIVES.contains(name)) {
      image(text.toString());
    } else {
      blocks.add(new Block(Kind.DIRECTIVE, text.toString()));
    }
    int next = skipBlank(at);
    if (!name.isEmpty() && next < lines.size() && indent(lines.get(next)) > 0) {
      at = next;
      List<String> body = indentedBlock();
      if (CODE_DIRECTIVES.contains(name)) {
        code(body);
      } else {
        blocks.addAll(parse(String.join("\n", body)));
      }
    }
  }

  /** Images in a row become one block that says how many there are and from where. */
  private void image(String directive) {
    String source = directive;
    if (!blocks.isEmpty() && blocks.get(blocks.size() - 1).kind() == Kind.IMAGES) {
      source = blocks.remove(blocks.size() - 1).source() + "\n" + directive;
    }
    List<String> hosts = new ArrayList<>();
    int count = 0;
    Matcher m = IMAGE_ADDRESS.matcher(source);
    while (m.find()) {
      count++;
      String host = host(m.group(1));
      if (host != null && !hosts.contains(host)) {
        hosts.add(host);
      }
    }
    String text = (count == 1 ? "1 image" : count + " images") + " not shown"
        + (hosts.isEmpty() ? "" : " (" + String.join(", ", hosts) + ")");
    blocks.add(new Block(Kind.IMAGES, text, source));
  }

  private static String host(String address) {
    try {
      return new java.net.URI(address).getHost();
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  /** The indented lines from here, blank lines inside included, indentation removed. */
  private List<String> indentedBlock() {
    int start = at;
    int end = at;
    while (at < lines.size() && (lines.get(at).isBlank() || indent(lines.get(at)) > 0)) {
      if (!lines.get(at).isBlank()) {
        end = at + 1;
      }
      at++;
    }
    at = end;
    List<String> block = lines.subList(start, end);
    int common = block.stream().filter(l -> !l.isBlank()).mapToInt(DescriptionBlocks::indent).min().orElse(0);
    return block.stream().map(l -> l.isBlank() ? "" : l.substring(common)).toList();
  }

  private void code(List<String> code) {
    String text = String.join("\n", code).stripTrailing();
    text = text.replaceFirst("^\n+", "");
    if (!text.isEmpty()) {
      blocks.add(new Block(Kind.CODE, text));
    }
  }

  private void item() {
    String line = lines.get(at++);
    Matcher bullet = BULLET.matcher(line);
    String marker;
    StringBuilder text;
    if (bullet.matches()) {
      marker = "\u2022";
      text = new StringBuilder(bullet.group(2).strip());
    } else {
      Matcher numbered = NUMBERED.matcher(line);
      numbered.matches();
      marker = numbered.group(2);
      text = new StringBuilder(numbered.group(3).strip());
    }
    int itemIndent = indent(line);
    while (at < lines.size() && !lines.get(at).isBlank() && indent(lines.get(at)) > itemIndent
        && !BULLET.matcher(lines.get(at)).matches() && !NUMBERED.matcher(lines.get(at)).matches()) {
      text.append(' ').append(lines.get(at++).strip());
    }
    String item = text.toString();
    if (item.endsWith("::")) {
      item = literal(item);
    }
    blocks.add(new Block(Kind.ITEM, marker + " " + item));
  }

  /** reStructuredText: "Example::" reads "Example:", a lone "::" nothing, and the indented block after is code. */
  private String literal(String text) {
    literalNext = true;
    return text.equals("::") ? "" : text.substring(0, text.length() - 1);
  }

  /** Lines up to a blank one or another kind of block, joined: hard wraps are undone. */
  private void paragraph() {
    StringBuilder text = new StringBuilder(lines.get(at++).strip());
    while (at < lines.size()) {
      String line = lines.get(at);
      if (line.isBlank() || FENCE.matcher(line).matches() || ATX_HEADING.matcher(line).matches()
          || BULLET.matcher(line).matches() || NUMBERED.matcher(line).matches() || line.startsWith("..")
          || ADORNMENT.matcher(line).matches()
          || (at + 1 < lines.size() && ADORNMENT.matcher(lines.get(at + 1).strip()).matches())) {
        break;
      }
      text.append(' ').append(line.strip());
      at++;
    }
    List<String> images = new ArrayList<>();
    String paragraph = withoutImageReferences(text.toString(), images);
    if (paragraph.endsWith("::")) {
      paragraph = literal(paragraph);
    }
    if (!paragraph.isEmpty()) {
      blocks.add(new Block(Kind.PARAGRAPH, paragraph));
    }
    images.forEach(this::image);
  }

  private boolean isReferenced(String substitution) {
    String reference = "|" + substitution + "|";
    // named in the text, not in a comment or another directive, which are shown as written
    return lines.stream().anyMatch(line -> line.contains(reference) && !line.strip().startsWith(".."));
  }

  /**
   * The text without its references to image substitutions ("|build-status| |coverage|"), whose
   * images are added to {@code images}; a line block's bars ("| ") that held only them go too.
   */
  private String withoutImageReferences(String text, List<String> images) {
    StringBuilder rest = new StringBuilder();
    Matcher m = SUBSTITUTION_REFERENCE.matcher(text);
    int last = 0;
    while (m.find()) {
      String image = imageSubstitutions.get(m.group(1));
      if (image != null) {
        rest.append(text, last, m.start());
        images.add(image);
        last = m.end();
      }
    }
    rest.append(text.substring(last));
    return images.isEmpty() ? text : rest.toString().replaceAll("(^|\\s)\\|(?=\\s|$)", " ").replaceAll("\\s+", " ").strip();
  }

  private int skipBlank(int from) {
    int i = from;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    return i;
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
