package org.packdesk.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Reads one PyPI JSON document from a file, streaming, into {@link PypiJsonDocument}; every way a
 * file can be wrong becomes a {@link RejectedFileException} that says what and where.
 */
public final class PypiJsonReader {

  /** No real metadata document comes near these; beyond them a file is refused, not loaded. */
  static final int MAX_STRING_LENGTH = 10_000_000;
  static final long MAX_FILE_BYTES = 200L * 1024 * 1024;

  private final ObjectReader reader;

  public PypiJsonReader() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNestingDepth(64)
            .maxNumberLength(100)
            .build())
        .build();
    this.reader = JsonMapper.builder(factory)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .build()
        .readerFor(PypiJsonDocument.class);
  }

  public PypiJsonDocument read(Path file) throws RejectedFileException {
    try {
      if (Files.size(file) == 0) {
        throw new RejectedFileException("is empty (0 bytes)");
      }
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new RejectedFileException(String.format("is %,d MB, more than the %,d MB a metadata file may be",
            Files.size(file) / (1024 * 1024), MAX_FILE_BYTES / (1024 * 1024)));
      }
      try (InputStream in = Files.newInputStream(file)) {
        PypiJsonDocument document = reader.readValue(in);
        if (document == null) {
          throw new RejectedFileException("is empty JSON (null), not a PyPI metadata document");
        }
        return document;
      }
    } catch (NoSuchFileException e) {
      throw new RejectedFileException("does not exist", e);
    } catch (AccessDeniedException e) {
      throw new RejectedFileException("cannot be read: permission denied", e);
    } catch (JsonProcessingException e) {
      throw new RejectedFileException(reason(e), e);
    } catch (IOException e) {
      throw new RejectedFileException("cannot be read: " + e.getMessage(), e);
    }
  }

  /** What is wrong with the JSON, looking through databind's wrapping to the parser's problem. */
  private static String reason(JsonProcessingException e) {
    String where = e instanceof JsonMappingException m ? path(m) : "";
    JsonProcessingException problem = e;
    if (e instanceof JsonMappingException && e.getCause() instanceof JsonProcessingException cause) {
      problem = cause;
    }
    if (problem instanceof StreamConstraintsException) {
      return "holds a value too large to be real metadata" + where + " (" + firstLine(problem.getOriginalMessage()) + ")";
    }
    if (problem instanceof JsonEOFException) {
      return "ends in the middle of its JSON (truncated?)" + at(problem.getLocation());
    }
    if (problem instanceof InputCoercionException) {
      return "has a number out of range" + where + at(problem.getLocation()) + " ("
          + firstLine(problem.getOriginalMessage()) + ")";
    }
    if (problem instanceof JsonMappingException mapping) {
      return "is JSON but not in PyPI's format: " + mappingProblem(mapping) + where + at(mapping.getLocation());
    }
    return "is not valid JSON: " + firstLine(problem.getOriginalMessage()) + at(problem.getLocation());
  }

  private static String mappingProblem(JsonMappingException e) {
    String message = firstLine(e.getOriginalMessage());
    if (message.startsWith("Cannot deserialize value of type")) {
      // "Cannot deserialize value of type `java.lang.Long` from String "big"..." -> the essentials
      return "a value has the wrong type (" + message.replace("Cannot deserialize value of type ", "expected ") + ")";
    }
    return message;
  }

  private static String path(JsonMappingException e) {
    if (e.getPath() == null || e.getPath().isEmpty()) {
      return "";
    }
    return " at " + e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
  }

  private static String at(JsonLocation location) {
    return location == null || location.getLineNr() < 0 ? ""
        : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    String line = newline >= 0 ? message.substring(0, newline) : message;
    return line.length() > 200 ? line.substring(0, 200) + "\u2026" : line;
  }
}
