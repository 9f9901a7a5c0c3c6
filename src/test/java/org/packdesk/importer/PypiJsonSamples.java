package org.packdesk.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small PyPI JSON documents for the import rules, written into a test's folder. */
public final class PypiJsonSamples {

  private PypiJsonSamples() {
  }

  /**
   * "Demo.Pkg": 1.0 (sdist + wheel), 1.0rc1 (wheel), 2015.11.20.1 (sdist), 0.9 listed without
   * files; two authors paired by position, one maintainer in Name <address> form.
   */
  public static final String DEMO = """
      {
        "package_name": "Demo.Pkg",
        "info": {
          "name": "Demo.Pkg",
          "summary": "A demonstration package",
          "description": "Long *description*.",
          "home_page": "https://demo.example.org",
          "docs_url": null,
          "package_url": "https://pypi.org/project/Demo.Pkg/",
          "author": "Ada Lovelace, Alan Turing",
          "author_email": "ada@example.org, alan@example.org",
          "maintainer": "",
          "maintainer_email": "Grace Hopper <grace@example.org>",
          "license": "Apache 2.0",
          "keywords": "demo test",
          "requires_python": ">=3.6",
          "classifiers": [
            "License :: OSI Approved :: Apache Software License",
            "Programming Language :: Python :: 3.6",
            "Programming Language :: Python :: Implementation :: PyPy",
            "Topic :: Software Development"
          ]
        },
        "releases": {
          "0.9": [],
          "1.0": [
            {"filename": "Demo.Pkg-1.0-py3-none-any.whl", "packagetype": "bdist_wheel", "python_version": "py3",
             "size": 2000, "digests": {"md5": "11111111111111111111111111111111", "sha256": "%s"},
             "url": "https://files.example.org/Demo.Pkg-1.0-py3-none-any.whl", "upload_time": "2018-02-01T10:00:00",
             "comment_text": "", "has_sig": true},
            {"filename": "Demo.Pkg-1.0.tar.gz", "packagetype": "sdist", "python_version": "source",
             "size": 1500, "digests": {"md5": "22222222222222222222222222222222", "sha256": "%s"},
             "url": "https://files.example.org/Demo.Pkg-1.0.tar.gz", "upload_time": "2018-02-01T10:05:00",
             "comment_text": "the sdist", "has_sig": false}
          ],
          "1.0rc1": [
            {"filename": "Demo.Pkg-1.0rc1-py3-none-any.whl", "packagetype": "bdist_wheel", "python_version": "py3",
             "size": 1900, "md5_digest": "33333333333333333333333333333333",
             "url": "https://files.example.org/Demo.Pkg-1.0rc1-py3-none-any.whl", "upload_time": "2018-01-15T09:00:00"}
          ],
          "2015.11.20.1": [
            {"filename": "Demo.Pkg-2015.11.20.1.tar.gz", "packagetype": "sdist", "python_version": "source",
             "size": 900, "url": "https://files.example.org/Demo.Pkg-2015.11.20.1.tar.gz",
             "upload_time": "2015-11-20T08:00:00"}
          ]
        },
        "urls": []
      }
      """.formatted("a".repeat(64), "b".repeat(64));

  /** DEMO with a 1.1 release added and a new summary, as PyPI would serve it later. */
  public static final String DEMO_NEWER = DEMO
      .replace("\"summary\": \"A demonstration package\"", "\"summary\": \"A demonstration package, improved\"")
      .replace("\"0.9\": [],", """
          "0.9": [],
          "1.1": [
            {"filename": "Demo.Pkg-1.1.tar.gz", "packagetype": "sdist", "python_version": "source", "size": 1600,
             "url": "https://files.example.org/Demo.Pkg-1.1.tar.gz", "upload_time": "2018-06-01T12:00:00"}
          ],""");

  /** A second, valid package sharing Ada as author (users are shared across packages). */
  public static final String OTHER = """
      {"info": {"name": "other_pkg", "summary": "Another", "author": "Ada",
                "author_email": "ADA@example.org", "license": "", "classifiers": ["License :: OSI Approved :: MIT License",
                "Programming Language :: Python :: 3.6"]},
       "releases": {"0.1": [{"filename": "other_pkg-0.1.tar.gz", "packagetype": "sdist", "size": 10,
                             "upload_time": "2019-01-01T00:00:00"}]}}
      """;

  public static Path write(Path dir, String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }
}
