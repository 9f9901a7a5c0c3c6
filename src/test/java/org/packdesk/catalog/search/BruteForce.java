package org.packdesk.catalog.search;

import io.ebean.Database;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.packdesk.catalog.search.PackageFacts.Person;
import org.packdesk.catalog.search.SearchNode.AllOf;
import org.packdesk.catalog.search.SearchNode.AnyOf;
import org.packdesk.catalog.search.SearchNode.FlagMatch;
import org.packdesk.catalog.search.SearchNode.KeywordMatch;
import org.packdesk.catalog.search.SearchNode.Not;
import org.packdesk.catalog.search.SearchNode.RangeMatch;
import org.packdesk.catalog.search.SearchNode.TextMatch;
import org.packdesk.model.DownloadDay;
import org.packdesk.model.Package;
import org.packdesk.model.ProgrammingLanguage;
import org.packdesk.model.Release;

/**
 * The reference the index is checked against: every package read through Ebean's entities (not
 * the index's SQL) and each query evaluated on them one by one, the slow obvious way.
 */
final class BruteForce {

  private final List<PackageFacts> packages;

  private BruteForce(List<PackageFacts> packages) {
    this.packages = packages;
  }

  static BruteForce load(Database db) {
    Map<String, Long> downloads = new HashMap<>();
    db.find(DownloadDay.class).findEach(d -> downloads.merge(d.getPkg().getId(), d.getCount(), Long::sum));
    List<PackageFacts> facts = db.find(Package.class).findList().stream().map(p -> {
      Instant newest = p.getReleases().stream().map(Release::getCreatedDate).filter(java.util.Objects::nonNull)
          .max(Comparator.naturalOrder()).orElse(null);
      return new PackageFacts(p.getId(), p.getName(), p.getSummary(),
          p.getLicense() == null ? null : p.getLicense().getId(), p.getLifecycle().dbValue(), p.getRequiresPython(),
          p.getLanguages().stream().map(ProgrammingLanguage::getId).toList(),
          p.getMaintainers().stream().map(m -> new Person(m.getUser().getName(), m.getUser().getEmail())).toList(),
          p.getReleases().stream().map(Release::getVersionString).toList(),
          newest == null ? null : LocalDate.ofInstant(newest, ZoneOffset.UTC),
          p.getReleases().stream().anyMatch(Release::isYanked), downloads.getOrDefault(p.getId(), 0L));
    }).toList();
    return new BruteForce(facts);
  }

  List<PackageFacts> packages() {
    return packages;
  }

  /** The ids of the matching packages, in the index's order (ids compared as UTF-8 bytes, here ASCII). */
  List<String> ids(SearchNode query) {
    return packages.stream().filter(p -> matches(query, p)).map(PackageFacts::id).sorted().toList();
  }

  /** Every value of each facet field among the matches, with its count. */
  Map<SearchField, Map<String, Long>> facets(SearchNode query) {
    Map<SearchField, Map<String, Long>> counts = new HashMap<>();
    SearchDocuments.FACETS.forEach(f -> counts.put(f, new TreeMap<>()));
    packages.stream().filter(p -> matches(query, p)).forEach(p -> {
      counts.get(SearchField.LICENSE).merge(p.license() == null ? "none" : p.license(), 1L, Long::sum);
      p.languages().forEach(l -> counts.get(SearchField.LANGUAGE).merge(l, 1L, Long::sum));
      p.maintainers().stream().map(Person::email).distinct()
          .forEach(e -> counts.get(SearchField.MAINTAINER).merge(e, 1L, Long::sum));
      counts.get(SearchField.LIFECYCLE).merge(p.lifecycle(), 1L, Long::sum);
    });
    return counts;
  }

  static boolean matches(SearchNode node, PackageFacts p) {
    if (node instanceof AllOf all) {
      return all.children().stream().allMatch(c -> matches(c, p));
    }
    if (node instanceof AnyOf any) {
      return any.children().stream().anyMatch(c -> matches(c, p));
    }
    if (node instanceof Not not) {
      return !matches(not.child(), p);
    }
    if (node instanceof TextMatch text) {
      boolean inName = text.field() != SearchField.SUMMARY && containsRun(SearchTokens.of(p.name()), text);
      boolean inSummary = text.field() != SearchField.NAME && containsRun(SearchTokens.of(p.summary()), text);
      return inName || inSummary;
    }
    if (node instanceof KeywordMatch keyword) {
      if (keyword.field() == SearchField.LICENSE && !keyword.prefix() && keyword.value().equals("none")) {
        return p.license() == null;
      }
      Set<String> keys = p.keywords(keyword.field());
      return keyword.prefix() ? keys.stream().anyMatch(k -> k.startsWith(keyword.value()))
          : keys.contains(keyword.value());
    }
    if (node instanceof RangeMatch range) {
      Long value = range.field() == SearchField.DOWNLOADS ? Long.valueOf(p.downloads())
          : p.lastReleased() == null ? null : p.lastReleased().toEpochDay();
      return value != null && value >= range.from() && value <= range.to();
    }
    return p.yanked() == ((FlagMatch) node).value();
  }

  /** The query's words appear consecutively in {@code tokens}, the last one as a prefix if asked. */
  private static boolean containsRun(List<String> tokens, TextMatch text) {
    List<String> words = text.words();
    for (int start = 0; start + words.size() <= tokens.size(); start++) {
      boolean all = true;
      for (int i = 0; i < words.size() && all; i++) {
        String token = tokens.get(start + i);
        boolean last = i == words.size() - 1;
        all = last && text.prefix() ? token.startsWith(words.get(i)) : token.equals(words.get(i));
      }
      if (all) {
        return true;
      }
    }
    return false;
  }
}
