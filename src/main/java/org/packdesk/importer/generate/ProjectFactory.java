package org.packdesk.importer.generate;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.packdesk.importer.ImportedProject;
import org.packdesk.importer.ImportedProject.ImportedFile;
import org.packdesk.importer.ImportedProject.ImportedRelease;
import org.packdesk.importer.LicenseNormalizer;
import org.packdesk.importer.NormalizedLicense;
import org.packdesk.importer.Person;
import org.packdesk.importer.PypiProjectMapper;

/**
 * Makes package {@code i} of a generated catalog as the importer's mapper would hand it over: the
 * same {@link ImportedProject} shape, with the license normalised and the languages read from the
 * classifiers by the importer's own code. A package depends only on the seed and its index.
 */
final class ProjectFactory {

  /** The generated catalog's history: first uploads from 2005, the newest just before this date. */
  static final Instant END = Instant.parse("2026-11-01T00:00:00Z");
  private static final Instant START = Instant.parse("2005-01-01T00:00:00Z");
  private static final long SPAN = END.getEpochSecond() - START.getEpochSecond();

  private final long seed;
  private final int packages;
  private final PackageNames names;
  private final ReleasePlan plan;
  private final UserPool users;
  private final LicenseNormalizer licenses = new LicenseNormalizer();

  ProjectFactory(CatalogSize size, PackageNames names, ReleasePlan plan) {
    this.seed = size.seed();
    this.packages = size.packages();
    this.names = names;
    this.plan = plan;
    // PyPI has about as many publishing accounts as packages; the power law leaves many unused
    this.users = new UserPool(size.packages(), size.seed());
  }

  ImportedProject project(int index) {
    SplittableRandom random = Seeds.stream(seed, Seeds.PROJECTS, index);
    String id = names.id(index);
    String name = names.displayName(index);
    List<String> words = names.parts(index);
    List<Instant> dates = releaseDates(random, plan.releases(index));
    int year = LocalDateTime.ofInstant(dates.get(0), ZoneOffset.UTC).getYear();

    Person owner = random.nextInt(10) == 0 ? null : users.pick(random);
    List<Person> maintainers = maintainers(random, owner);
    String author = owner == null ? "the " + name + " authors" : owner.name() == null ? owner.email() : owner.name();
    LicenseChoices.Published published = LicenseChoices.draw(random, name, author);
    List<String> classifiers = PackageTexts.classifiers(random, year, published.classifier());
    NormalizedLicense license = licenses.normalize(published.text(), classifiers, name);
    String summary = PackageTexts.summary(random, words);

    ProjectStatus status = new ProjectStatus(seed, index, packages);
    ProjectStatus.Standing standing = status.standing(names::id);
    List<ImportedRelease> releases = releases(random, status, id, dates);
    Instant lastUpdated = releases.stream().flatMap(r -> r.files().stream()).map(ImportedFile::uploadTime)
        .max(Instant::compareTo).orElse(dates.get(0));
    String home = owner == null || random.nextInt(4) == 0 ? null
        : "https://github.com/" + owner.email().substring(0, owner.email().indexOf('@')) + "/" + id;
    return new ImportedProject(id, name, summary,
        PackageTexts.description(random, name, summary),
        home,
        random.nextInt(5) == 0 ? "https://" + id + ".readthedocs.io/" : null,
        "https://pypi.org/project/" + name + "/",
        null,
        owner == null ? null : owner.name(),
        owner == null ? null : owner.email(),
        published.text(), license,
        PackageTexts.keywords(random, words),
        PackageTexts.requiresPython(random, year),
        classifiers,
        PypiProjectMapper.languages(classifiers),
        owner == null ? List.of() : List.of(owner),
        maintainers, releases, List.of(), dates.get(0), lastUpdated, standing.lifecycle(), standing.note());
  }

  private List<Person> maintainers(SplittableRandom random, Person owner) {
    int roll = random.nextInt(100);
    int count = roll < 70 ? 0 : roll < 92 ? 1 : 2 + random.nextInt(3);
    List<Person> maintainers = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Person person = users.pick(random);
      String key = person.email().toLowerCase(Locale.ROOT);
      boolean seen = owner != null && owner.email().toLowerCase(Locale.ROOT).equals(key)
          || maintainers.stream().anyMatch(m -> m.email().toLowerCase(Locale.ROOT).equals(key));
      if (!seen) {
        maintainers.add(person);
      }
    }
    return maintainers;
  }

  /** The first upload (later years likelier, as PyPI grows), then the others spread up to {@link #END}. */
  private static List<Instant> releaseDates(SplittableRandom random, int count) {
    long first = START.getEpochSecond() + (long) (SPAN * 0.99 * StrictMath.sqrt(random.nextDouble()));
    long[] seconds = new long[count];
    seconds[0] = first;
    long room = END.getEpochSecond() - first;
    for (int i = 1; i < count; i++) {
      seconds[i] = first + (long) (room * random.nextDouble());
    }
    Arrays.sort(seconds, 1, count);
    List<Instant> dates = new ArrayList<>(count);
    for (long s : seconds) {
      dates.add(Instant.ofEpochSecond(s));
    }
    return dates;
  }

  private static List<ImportedRelease> releases(SplittableRandom random, ProjectStatus status, String id,
      List<Instant> dates) {
    List<String> versions = VersionHistory.versions(random, dates);
    ReleaseFiles.Habit habit = ReleaseFiles.habit(random);
    List<ImportedRelease> releases = new ArrayList<>(dates.size());
    for (int i = 0; i < dates.size(); i++) {
      Instant date = dates.get(i);
      int year = LocalDateTime.ofInstant(date, ZoneOffset.UTC).getYear();
      List<ImportedFile> files = ReleaseFiles.files(random, habit, id, versions.get(i), date, year);
      ImportedFile primary = files.get(0);
      boolean yanked = status.yanked();
      releases.add(new ImportedRelease(versions.get(i), date, primary.url(), primary.size(), null, files, yanked,
          yanked ? status.yankReason() : null));
    }
    return releases;
  }
}
