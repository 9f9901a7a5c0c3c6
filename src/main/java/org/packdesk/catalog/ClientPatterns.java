package org.packdesk.catalog;

import java.util.ArrayList;
import java.util.List;
import org.packdesk.catalog.paging.SqlCriteria;
import org.packdesk.model.DownloadDay;

/**
 * The client filters of the downloads table (installer, Python, system) as LIKE conditions on the
 * raw rows' user agent, so they can narrow a page in SQL. They say what {@code UserAgentParser}
 * reads: the installer is the agent's first product; Python and system come from pip's JSON
 * ({@code "python":"3.6.5"}, {@code "system":{"name":"Linux"}}) or from old pip's plain tokens
 * ({@code pip/1.5.6 CPython/2.7.6 Linux/3.13}); anything else is "unknown". {@code ClientPatternsTest}
 * holds them to the parser on every agent the samples and the generator use.
 */
final class ClientPatterns {

  private static final String AGENT = "d.user_agent";
  private static final String PIP_JSON = AGENT + " like 'pip/% {%'";
  private static final String OLD_PIP = "(" + AGENT + " like 'pip/% %' and " + AGENT + " not like 'pip/% {%')";

  private ClientPatterns() {
  }

  /** The downloads whose agent tells each non-null value (null: any). */
  static SqlCriteria of(String installer, String python, String system) {
    SqlCriteria all = SqlCriteria.NONE;
    if (installer != null) {
      all = all.and(installer(installer));
    }
    if (python != null) {
      all = all.and(python(python));
    }
    if (system != null) {
      all = all.and(system(system));
    }
    return all;
  }

  private static SqlCriteria installer(String name) {
    if (name.equals(DownloadDay.UNKNOWN)) {
      return new SqlCriteria(AGENT + " is null or trim(" + AGENT + ") in ('', '-')", List.of());
    }
    String literal = escape(name);
    return new SqlCriteria("trim(" + AGENT + ") = ? or trim(" + AGENT + ") like ? escape '\\' or trim(" + AGENT
        + ") like ? escape '\\'", List.of(name, literal + "/%", literal + " %"));
  }

  private static SqlCriteria python(String majorMinor) {
    String json = "(" + PIP_JSON + " and (" + AGENT + " like ? escape '\\' or " + AGENT + " like ? escape '\\'))";
    String old = "(" + OLD_PIP + " and " + AGENT + " like ? escape '\\')";
    String v = escape(majorMinor);
    if (majorMinor.equals(DownloadDay.UNKNOWN)) {
      return new SqlCriteria("not coalesce((" + PIP_JSON + " and " + AGENT + " like ?) or (" + OLD_PIP + " and "
          + AGENT + " like ?), false)", List.of("%\"python\":\"%.%", "pip/% %/%.%"));
    }
    // old pip's Python is its second token: a space follows it when the system's token does
    List<Object> parameters = new ArrayList<>(List.of("%\"python\":\"" + v + "\"%", "%\"python\":\"" + v + ".%",
        "pip/% %/" + v + ".% %"));
    return new SqlCriteria(json + " or " + old, parameters);
  }

  private static SqlCriteria system(String name) {
    String json = "(" + PIP_JSON + " and " + AGENT + " like ? escape '\\')";
    String old = "(" + OLD_PIP + " and (" + AGENT + " like ? escape '\\' or " + AGENT + " like ? escape '\\'))";
    if (name.equals(DownloadDay.UNKNOWN)) {
      return new SqlCriteria("not coalesce((" + PIP_JSON + " and " + AGENT + " like ?) or (" + OLD_PIP + " and "
          + AGENT + " like ?), false)", List.of("%\"system\":{\"name\":\"_%", "pip/% % _%"));
    }
    String s = escape(name);
    return new SqlCriteria(json + " or " + old,
        List.of("%\"system\":{\"name\":\"" + s + "\"%", "pip/% % " + s + "/%", "pip/% % " + s));
  }

  private static String escape(String literal) {
    return literal.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
