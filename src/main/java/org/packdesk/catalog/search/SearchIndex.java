package org.packdesk.catalog.search;

import io.ebean.Database;
import io.ebean.Transaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.packdesk.db.CatalogLocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index of the catalog's packages, in a folder beside the catalog file
 * ({@code catalog.search/}; in memory for a catalog given by URL). It is rebuilt when missing,
 * of an older format or of a different size than the catalog, and otherwise catches up from the
 * {@link SearchBacklog} before it answers, so a search always sees every committed change.
 */
public final class SearchIndex implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
  /** Bump when the documents change shape: older indexes are then rebuilt. */
  private static final String FORMAT = "1";
  private static final int BACKLOG_CHUNK = 20_000;
  static final int PROGRESS_EVERY = 10_000;
  private static final int DELETE_CHUNK = 10_000;

  private final Database db;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final IndexReading reading;
  private boolean verified;

  private SearchIndex(Database db, Directory directory, IndexWriterConfig config) throws IOException {
    this.db = db;
    this.directory = directory;
    this.writer = new IndexWriter(directory, config);
    this.searchers = new SearcherManager(writer, null);
    this.reading = new IndexReading(searchers);
  }

  /** Opens (without reading anything yet) the index of the catalog in {@code catalogFile}, if any. */
  public static SearchIndex open(Database db, Optional<Path> catalogFile) {
    return open(db, catalogFile, new IndexWriterConfig().setRAMBufferSizeMB(64));
  }

  /** As {@link #open(Database, Optional)}, writing with {@code config} (a test's tiny segments). */
  static SearchIndex open(Database db, Optional<Path> catalogFile, IndexWriterConfig config) {
    try {
      Directory directory = catalogFile.isPresent()
          ? FSDirectory.open(CatalogLocation.searchFolder(catalogFile.get()))
          : new ByteBuffersDirectory();
      return new SearchIndex(db, directory, config);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not open the search index: " + e.getMessage(), e);
    }
  }

  /** The page of packages matching {@code query} after {@code afterId} (null: from the start). */
  public SearchHits search(SearchNode query, String afterId, int limit) {
    catchUp();
    return reading.search(LuceneQueries.of(query), afterId, limit);
  }

  /** Where package {@code id} stands among the matches of {@code query} in id order; -1 when it does not match. */
  public long position(SearchNode query, String id) {
    catchUp();
    return reading.position(LuceneQueries.of(query), id);
  }

  /** The ids of every {@code every}-th match of {@code query} in id order (see {@link IndexReading#anchors}). */
  public List<String> anchors(SearchNode query, int every) {
    catchUp();
    return reading.anchors(LuceneQueries.of(query), every);
  }

  /** The top {@code top} values of each facet field among all packages matching {@code query}. */
  public FacetCounts facets(SearchNode query, int top) {
    catchUp();
    return reading.facets(LuceneQueries.of(query), top);
  }

  /** Brings the index up to date with the catalog: rebuilt if it does not fit it, else the backlog applied. */
  public synchronized void catchUp() {
    try {
      if (!verified) {
        if (!fitsCatalog()) {
          rebuild();
        }
        verified = true;
      }
      while (applyBacklog()) {
        // one chunk at a time, so a huge import's backlog never sits in memory whole
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The search index could not be updated: " + e.getMessage(), e);
    }
  }

  /** Indexes every package afresh; returns how many. */
  public long rebuild() {
    return rebuild(indexed -> { });
  }

  /**
   * Indexes every package afresh, telling {@code indexed} how many so far every
   * {@value #PROGRESS_EVERY} packages (at PyPI's size this takes minutes); returns how many.
   */
  public synchronized long rebuild(LongConsumer indexed) {
    long start = System.nanoTime();
    try (Transaction txn = db.createTransaction()) {
      Connection c = txn.connection();
      List<Long> backlog = backlogIds(c);
      writer.deleteAll();
      long[] count = {0};
      var config = SearchDocuments.facetsConfig();
      PackageFactsReader.readAll(c, facts -> {
        try {
          writer.addDocument(SearchDocuments.of(facts, config));
          if (++count[0] % PROGRESS_EVERY == 0) {
            indexed.accept(count[0]);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      // one segment: the facets of a big result are then counted without mapping every segment's
      // values to the index's (a third of PyPI's size: 53-117 ms over six segments, 22-50 ms over one),
      // and the first facets after opening read 0.6 s of value tables instead of 2.4 s
      writer.forceMerge(1);
      commit();
      deleteBacklog(c, backlog);
      txn.commit();
      verified = true;
      LOG.info("Search index rebuilt: {} packages in {} ms", count[0], (System.nanoTime() - start) / 1_000_000);
      return count[0];
    } catch (IOException e) {
      throw new UncheckedIOException("Could not rebuild the search index: " + e.getMessage(), e);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the catalog to index it: " + e.getMessage(), e);
    }
  }

  private boolean fitsCatalog() throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return false;
    }
    Map<String, String> data = new java.util.HashMap<>();
    if (writer.getLiveCommitData() != null) {
      writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
    }
    long packages = db.sqlQuery("select count(*) from packages").mapToScalar(Long.class).findOne();
    return FORMAT.equals(data.get("format")) && writer.getDocStats().numDocs == packages;
  }

  /** Re-indexes the packages of one chunk of the backlog; false when the backlog was empty. */
  private boolean applyBacklog() throws IOException {
    try (Transaction txn = db.createTransaction()) {
      Connection c = txn.connection();
      List<Long> ids = new ArrayList<>();
      Set<String> packages = new HashSet<>();
      try (PreparedStatement select = c.prepareStatement("select id, package_id from search_backlog order by id")) {
        select.setMaxRows(BACKLOG_CHUNK);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            ids.add(rs.getLong(1));
            packages.add(rs.getString(2));
          }
        }
      }
      if (ids.isEmpty()) {
        return false;
      }
      var config = SearchDocuments.facetsConfig();
      Set<String> missing = new HashSet<>(packages);
      for (PackageFacts facts : PackageFactsReader.read(c, List.copyOf(packages))) {
        writer.updateDocument(new Term(SearchDocuments.ID, facts.id()), SearchDocuments.of(facts, config));
        missing.remove(facts.id());
      }
      for (String deleted : missing) {
        writer.deleteDocuments(new Term(SearchDocuments.ID, deleted));
      }
      commit();
      // only the rows read: a change committing meanwhile keeps its row for the next round
      deleteBacklog(c, ids);
      txn.commit();
      return ids.size() == BACKLOG_CHUNK;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the packages to re-index: " + e.getMessage(), e);
    }
  }

  /** How many segments the index's current searcher reads (one after a rebuild). */
  int segments() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.getIndexReader().leaves().size();
    } finally {
      searchers.release(searcher);
    }
  }

  private void commit() throws IOException {
    writer.setLiveCommitData(Map.of("format", FORMAT).entrySet());
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  private static List<Long> backlogIds(Connection c) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement("select id from search_backlog");
        ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
      }
    }
    return ids;
  }

  /**
   * Deletes the backlog rows read (only those: a change committing meanwhile keeps its row), a
   * bounded array at a time: H2 refuses arrays over 65,536 elements, and a big import's backlog
   * can hold a million rows.
   */
  private static void deleteBacklog(Connection c, List<Long> ids) throws SQLException {
    try (PreparedStatement delete = c.prepareStatement("delete from search_backlog where id = any(?)")) {
      for (int from = 0; from < ids.size(); from += DELETE_CHUNK) {
        delete.setArray(1, c.createArrayOf("BIGINT", ids.subList(from, Math.min(ids.size(), from + DELETE_CHUNK))
            .toArray()));
        delete.executeUpdate();
      }
    }
  }

  @Override
  public synchronized void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      LOG.warn("Closing the search index failed", e);
    }
  }
}
