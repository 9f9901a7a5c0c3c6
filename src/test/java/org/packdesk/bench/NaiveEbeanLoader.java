package org.packdesk.bench;

import io.ebean.Database;
import java.util.HashMap;
import java.util.Map;
import org.packdesk.catalog.ReleaseVersions;
import org.packdesk.importer.ImportedProject;
import org.packdesk.importer.ImportedProject.ImportedFile;
import org.packdesk.importer.ImportedProject.ImportedRelease;
import org.packdesk.importer.Person;
import org.packdesk.model.License;
import org.packdesk.model.Maintainer;
import org.packdesk.model.MaintainerRole;
import org.packdesk.model.Package;
import org.packdesk.model.ProgrammingLanguage;
import org.packdesk.model.Release;
import org.packdesk.model.ReleaseFile;
import org.packdesk.model.User;
import org.packdesk.model.query.QUser;

/** The naive way: one Ebean save, and so one commit, per row. */
final class NaiveEbeanLoader {

  private final Database db;
  private final Map<String, Boolean> known = new HashMap<>();
  long rows;

  NaiveEbeanLoader(Database db) {
    this.db = db;
  }

  void load(ImportedProject p) {
    if (p.license() != null && db.find(License.class, p.license().id()) == null) {
      License license = new License(p.license().id());
      license.setDescription(p.license().description());
      db.save(license);
      rows++;
    }
    Package pkg = new Package(p.name(), p.summary());
    pkg.setDescription(p.description());
    pkg.setHomePage(p.homePage());
    pkg.setAuthorName(p.authorName());
    pkg.setAuthorEmail(p.authorEmail());
    pkg.setLicenseText(p.licenseText());
    pkg.setCreatedDate(p.createdDate());
    pkg.setLastUpdated(p.lastUpdated());
    if (p.license() != null) {
      pkg.setLicense(db.reference(License.class, p.license().id()));
    }
    for (String l : p.languages()) {
      if (known.putIfAbsent("lang:" + l, true) == null && db.find(ProgrammingLanguage.class, l) == null) {
        db.save(new ProgrammingLanguage(l));
        rows++;
      }
      pkg.getLanguages().add(db.reference(ProgrammingLanguage.class, l));
    }
    db.save(pkg);
    rows += 1 + p.languages().size();
    for (ImportedRelease r : p.releases()) {
      Release release = ReleaseVersions.newRelease(pkg, r.version());
      release.setCreatedDate(r.createdDate());
      release.setUrl(r.url());
      release.setSize(r.size());
      release.setComment(r.comment());
      db.save(release);
      rows++;
      for (ImportedFile f : r.files()) {
        ReleaseFile file = new ReleaseFile(release, f.filename());
        file.setPackagetype(f.packagetype());
        file.setPythonVersion(f.pythonVersion());
        file.setSize(f.size());
        file.setSha256(f.sha256());
        file.setMd5(f.md5());
        file.setUrl(f.url());
        file.setUploadTime(f.uploadTime());
        file.setHasSig(f.hasSig());
        file.setComment(f.comment());
        db.save(file);
        rows++;
      }
    }
    Map<Long, Boolean> linked = new HashMap<>();
    for (Person person : p.owners()) {
      link(pkg, person, MaintainerRole.OWNER, linked);
    }
    for (Person person : p.maintainers()) {
      link(pkg, person, MaintainerRole.MAINTAINER, linked);
    }
  }

  private void link(Package pkg, Person person, MaintainerRole role, Map<Long, Boolean> linked) {
    User user = new QUser(db).emailKey.eq(User.emailKey(person.email())).findOne();
    if (user == null) {
      user = new User(person.name(), person.email());
      db.save(user);
      rows++;
    }
    if (linked.putIfAbsent(user.getId(), true) == null) {
      db.save(new Maintainer(user, pkg, role));
      rows++;
    }
  }
}
