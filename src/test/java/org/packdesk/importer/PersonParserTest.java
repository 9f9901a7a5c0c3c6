package org.packdesk.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Author and maintainer fields as PyPI packages publish them. Expected people are written
 * {@code Name <address>}, or {@code <address>} for a person without a name, joined by " | ".
 */
class PersonParserTest {

  private static String people(String names, String emails) {
    return PersonParser.parse(names, emails).stream()
        .map(p -> (p.name() == null ? "" : p.name() + " ") + "<" + p.email() + ">")
        .collect(Collectors.joining(" | "));
  }

  @ParameterizedTest(name = "[{0}] + [{1}] -> {2}")
  @CsvSource(delimiterString = "=>", textBlock = """
      Barry Pederson => pyamqp@celeryproject.org => Barry Pederson <pyamqp@celeryproject.org>
      Ask Solem => '' => ''
      Trent Mick; Sridhar Ratnakumar; Jeff Rouse => trentm@gmail.com; github@srid.name; jr@its.to => Trent Mick <trentm@gmail.com> | Sridhar Ratnakumar <github@srid.name> | Jeff Rouse <jr@its.to>
      Noah Spurrier; Thomas Kluyver; Jeff Quast => noah@noah.org, thomas@kluyver.me.uk, contact@jeffquast.com => Noah Spurrier <noah@noah.org> | Thomas Kluyver <thomas@kluyver.me.uk> | Jeff Quast <contact@jeffquast.com>
      Amazon Web Services => '' => ''
      Armin Rigo, Maciej Fijalkowski => python-cffi@googlegroups.com => Armin Rigo, Maciej Fijalkowski <python-cffi@googlegroups.com>
      Ned Batchelder and 100 others => ned@nedbatchelder.com => Ned Batchelder and 100 others <ned@nedbatchelder.com>
      Robert Bradshaw, Stefan Behnel, Dag Seljebotn, Greg Ewing, et al. => cython-devel@python.org => Robert Bradshaw, Stefan Behnel, Dag Seljebotn, Greg Ewing, et al. <cython-devel@python.org>
      Jannis Leidel, Carl Meyer and Brian Rosner => python-virtualenv@groups.google.com => Jannis Leidel, Carl Meyer and Brian Rosner <python-virtualenv@groups.google.com>
      Ilya Etingof <etingof@gmail.com> => etingof@gmail.com => Ilya Etingof <etingof@gmail.com>
      protobuf@googlegroups.com => protobuf@googlegroups.com => <protobuf@googlegroups.com>
      Travis E. Oliphant et al. => '' => ''
      Google Inc. => jonwayne+oauth2client@google.com => Google Inc. <jonwayne+oauth2client@google.com>
      Holger Krekel, Bruno Oliveira, Ronny Pfannschmidt, Floris Bruynooghe, Brianna Laugher, Florian Bruhin and others => '' => ''
      Ian Lee => IanLee1521@gmail.com => Ian Lee <IanLee1521@gmail.com>
      Aaron Gallagher => _@habnab.it => Aaron Gallagher <_@habnab.it>
      Łukasz Langa => lukasz@langa.pl => Łukasz Langa <lukasz@langa.pl>
      Alex Grönholm => alex.gronholm@nextday.fi => Alex Grönholm <alex.gronholm@nextday.fi>
      '' => '' => ''
       =>  => ''
      Alice, Bob, Carol => a@x.org, b@x.org, c@x.org => Alice <a@x.org> | Bob <b@x.org> | Carol <c@x.org>
      Alice; Bob; Carol => a@x.org;b@x.org;c@x.org => Alice <a@x.org> | Bob <b@x.org> | Carol <c@x.org>
      Alice, Bob and Carol => a@x.org, b@x.org, c@x.org => Alice <a@x.org> | Bob <b@x.org> | Carol <c@x.org>
      Alice and Bob => a@x.org, b@x.org => Alice <a@x.org> | Bob <b@x.org>
      Alice & Bob => a@x.org; b@x.org => Alice <a@x.org> | Bob <b@x.org>
      Alice, Bob => a@x.org => Alice, Bob <a@x.org>
      Alice and Bob => a@x.org => Alice and Bob <a@x.org>
      Alice => a@x.org, b@x.org => Alice <a@x.org> | <b@x.org>
      Alice, Bob, Carol => a@x.org, b@x.org => Alice, Bob, Carol <a@x.org> | <b@x.org>
       => Name <a@b.c>, Other <d@e.f> => Name <a@b.c> | Other <d@e.f>
      X, Y => Name <a@b.c>, d@e.f => Name <a@b.c> | Y <d@e.f>
       => a@b.c; d@e.f => <a@b.c> | <d@e.f>
      Jane => '"Doe, Jane" <jane@x.org>' => Doe, Jane <jane@x.org>
      Jane => '"Jane Doe"<jane@x.org>' => Jane Doe <jane@x.org>
      '' => jane@x.org (Jane Doe) => Jane Doe <jane@x.org>
      '' => Jane Doe (jane@x.org) => Jane Doe <jane@x.org>
      Jane => <jane@x.org> => Jane <jane@x.org>
      Jane => mailto:jane@x.org. => Jane <jane@x.org>
      Jane => '"jane@x.org"' => Jane <jane@x.org>
      Jane => '  jane@x.org  ' => Jane <jane@x.org>
      A, B => a@x.org b@x.org => A <a@x.org> | B <b@x.org>
      Alice <a@x.org>, Bob => b@x.org => Bob <b@x.org> | Alice <a@x.org>
      Alice <a@x.org> => b@x.org => <b@x.org> | Alice <a@x.org>
      Ann a@x.org and Bob b@x.org => '' => Ann <a@x.org> | Bob <b@x.org>
      X, Y => a@b.c, A@B.C => X <a@b.c>
      '' => a@b.c, Alice <A@B.C> => Alice <a@b.c>
      Mixed => Jane@Example.ORG => Mixed <Jane@Example.ORG>
      UNKNOWN => UNKNOWN => ''
      None => None => ''
      Someone => - => ''
      Someone => foo at bar dot com => ''
      Someone => http://foo.example/contact => ''
      Someone => http://user@foo.example => ''
      Someone => a@b => ''
      Someone => a@@b.c => ''
      Someone => a@b..c => ''
      UNKNOWN => a@b.c => <a@b.c>
      '"Quoted Name"' => a@b.c => Quoted Name <a@b.c>
      Someone => a b@c.d => Someone <b@c.d>
      """)
  void pairsNamesWithAddresses(String names, String emails, String expected) {
    assertEquals(expected, people(names, emails));
  }

  @Test
  void nullsAndLineBreaksAreFine() {
    assertEquals(List.of(), PersonParser.parse(null, null));
    assertEquals(List.of(new Person(null, "a@b.c")), PersonParser.parse(null, "a@b.c"));
    assertEquals(List.of(), PersonParser.parse("Alice", null));
    assertEquals(List.of(new Person("Alice", "a@x.org"), new Person("Bob", "b@x.org")),
        PersonParser.parse("Alice;\n  Bob\n", "\n a@x.org\n b@x.org \n"));
  }

  @Test
  void keepsTheFirstSpellingOfAnAddressUsedTwice() {
    List<Person> people = PersonParser.parse("Alice, Bob, Carol", "Alice@X.org, bob@x.org, alice@x.org");
    assertEquals(List.of(new Person("Alice", "Alice@X.org"), new Person("Bob", "bob@x.org")), people);
  }

  @Test
  void hugeFieldsAreReadWithoutTrouble() {
    StringBuilder emails = new StringBuilder();
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      emails.append("user").append(i % 10_000).append("@example.org, ");
      names.append("User ").append(i).append(", ");
    }
    List<Person> people = PersonParser.parse(names.toString(), emails.toString());
    assertEquals(10_000, people.size());
    assertEquals(new Person("User 0", "user0@example.org"), people.get(0));
    List<Person> junk = PersonParser.parse("<".repeat(100_000), "\"".repeat(100_000) + "(a@b.c");
    assertTrue(junk.size() <= 1);
    List<String> noise = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      noise.add("@".repeat(i % 7) + "<>()\";,".charAt(i % 7));
    }
    assertEquals(List.of(), PersonParser.parse(String.join("", noise), String.join("", noise)));
  }
}
