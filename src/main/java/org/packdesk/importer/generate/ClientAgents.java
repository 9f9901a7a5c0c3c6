package org.packdesk.importer.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The user agents downloads arrive with, weighted like PyPI's traffic: mostly pip, which sends
 * {@code pip/<version> <json>} with the Python, platform and CPU the importer's user agent parser
 * reads (older pip its plain form), then mirrors, uv, scripts and browsers.
 */
final class ClientAgents {

  private static final List<String> AGENTS = new ArrayList<>();
  private static final int[] WEIGHTS;

  static {
    List<Integer> weights = new ArrayList<>();
    String[][] pips = {{"24.0", "20"}, {"23.3.1", "18"}, {"23.0.1", "12"}, {"22.3.1", "10"}, {"21.3.1", "8"},
        {"20.3.4", "6"}, {"19.3.1", "3"}};
    String[][] pythons = {{"3.12.1", "12"}, {"3.11.4", "22"}, {"3.10.12", "22"}, {"3.9.18", "16"}, {"3.8.10", "14"},
        {"3.7.17", "6"}, {"3.6.15", "3"}, {"2.7.18", "3"}};
    String[][] systems = {{"Linux", "x86_64", "5.15.0-91-generic", "65"}, {"Linux", "aarch64", "6.1.0-18-arm64", "7"},
        {"Windows", "AMD64", "10", "14"}, {"Darwin", "arm64", "23.2.0", "8"}, {"Darwin", "x86_64", "22.6.0", "5"},
        {"FreeBSD", "amd64", "13.2-RELEASE", "1"}};
    for (String[] pip : pips) {
      for (String[] python : pythons) {
        for (String[] system : systems) {
          AGENTS.add(pip(pip[0], python[0], system[0], system[1], system[2]));
          weights.add(Integer.parseInt(pip[1]) * Integer.parseInt(python[1]) * Integer.parseInt(system[3]));
        }
      }
    }
    int pipTotal = weights.stream().mapToInt(Integer::intValue).sum();
    String[][] others = {{"pip/1.5.6 CPython/2.7.6 Linux/3.13.0-24-generic", "1"},
        {"bandersnatch/6.5.0 (CPython 3.11.6-final0, Linux x86_64)", "5"},
        {"uv/0.4.18 {\"installer\":{\"name\":\"uv\",\"version\":\"0.4.18\"},\"python\":\"3.12.6\"}", "6"},
        {"python-requests/2.31.0", "2"}, {"curl/8.5.0", "1"}, {"Artifactory/7.77.5", "1"},
        {"Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0", "1"}};
    for (String[] other : others) {
      AGENTS.add(other[0]);
      // the others' weights are percentages of all traffic
      weights.add(pipTotal * Integer.parseInt(other[1]) / 83);
    }
    WEIGHTS = Seeds.cumulative(weights.stream().mapToInt(Integer::intValue).toArray());
  }

  private ClientAgents() {
  }

  static String draw(SplittableRandom random) {
    return AGENTS.get(Seeds.weighted(random, WEIGHTS));
  }

  private static String pip(String pip, String python, String system, String cpu, String release) {
    return "pip/" + pip + " {\"ci\":null,\"cpu\":\"" + cpu + "\",\"implementation\":{\"name\":\"CPython\",\"version\":\""
        + python + "\"},\"installer\":{\"name\":\"pip\",\"version\":\"" + pip + "\"},\"python\":\"" + python
        + "\",\"system\":{\"name\":\"" + system + "\",\"release\":\"" + release + "\"}}";
  }
}
