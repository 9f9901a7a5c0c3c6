package org.packdesk.importer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads installers' user agents. pip (6 and later) sends {@code pip/<version> <json>} with its
 * platform as JSON (the format PyPI's linehaul reads); older pip sends
 * {@code pip/1.5.6 CPython/2.7.6 Linux/3.13}. Any other agent (bandersnatch, curl, a browser) is
 * known by its first product token only. Not thread-safe: one per import (or per lookup).
 */
public final class UserAgentParser {

  /** The part of pip's JSON that Packdesk uses; the rest is ignored. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record PipJson(Named installer, String python, Named implementation, Named system, String cpu, Named distro) {
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Named(String name, String version) {
  }

  private static final ObjectReader PIP_JSON = new ObjectMapper().readerFor(PipJson.class);
  /** Logs repeat a small set of agents millions of times: parse each once. */
  private static final int CACHE_SIZE = 10_000;

  private final Map<String, ClientDetails> cache = new LinkedHashMap<>(1024, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, ClientDetails> eldest) {
      return size() > CACHE_SIZE;
    }
  };

  /** The client that sent {@code userAgent}; {@link ClientDetails#UNKNOWN} for none. */
  public ClientDetails parse(String userAgent) {
    if (userAgent == null || userAgent.isBlank() || userAgent.equals("-")) {
      return ClientDetails.UNKNOWN;
    }
    return cache.computeIfAbsent(userAgent, UserAgentParser::parseUncached);
  }

  private static ClientDetails parseUncached(String agent) {
    String token = firstToken(agent);
    int slash = token.indexOf('/');
    String product = slash < 0 ? token : token.substring(0, slash);
    String productVersion = slash < 0 ? null : token.substring(slash + 1);
    if (product.equals("pip")) {
      String rest = agent.substring(token.length()).strip();
      if (rest.startsWith("{")) {
        ClientDetails fromJson = fromPipJson(rest);
        if (fromJson != null) {
          return fromJson;
        }
      } else {
        return fromOldPip(productVersion, rest);
      }
    }
    return new ClientDetails(product, productVersion, null, null, null, null);
  }

  /** Null when the JSON is broken: the download still counts, as pip of unknown platform. */
  private static ClientDetails fromPipJson(String json) {
    PipJson pip;
    try {
      pip = PIP_JSON.readValue(json);
    } catch (JsonProcessingException e) {
      return null;
    }
    Named installer = pip.installer() == null ? new Named("pip", null) : pip.installer();
    return new ClientDetails(installer.name() == null ? "pip" : installer.name(), installer.version(),
        pip.python(), pip.implementation() == null ? null : pip.implementation().name(),
        pip.system() == null ? null : pip.system().name(), pip.cpu(), distro(pip.distro()));
  }

  private static String distro(Named distro) {
    if (distro == null || distro.name() == null || distro.name().isBlank()) {
      return null;
    }
    return distro.version() == null || distro.version().isBlank() ? distro.name() : distro.name() + " " + distro.version();
  }

  /** {@code CPython/2.7.6 Linux/3.13.0-24-generic}: implementation and python, then the system. */
  private static ClientDetails fromOldPip(String pipVersion, String rest) {
    String[] tokens = rest.split(" ");
    String implementation = null;
    String python = null;
    String system = null;
    if (tokens.length >= 1 && tokens[0].indexOf('/') > 0) {
      implementation = tokens[0].substring(0, tokens[0].indexOf('/'));
      python = tokens[0].substring(tokens[0].indexOf('/') + 1);
    }
    if (tokens.length >= 2 && tokens[1].indexOf('/') != 0) {
      int slash = tokens[1].indexOf('/');
      system = slash < 0 ? tokens[1] : tokens[1].substring(0, slash);
    }
    return new ClientDetails("pip", pipVersion, python, implementation, system, null);
  }

  private static String firstToken(String agent) {
    String stripped = agent.strip();
    int space = stripped.indexOf(' ');
    return space < 0 ? stripped : stripped.substring(0, space);
  }
}
