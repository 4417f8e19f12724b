package org.claimtrace.matching;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index behind claim matching: one document per claim with its text and title (English
 * analysis, BM25) and one HNSW vector field per embedder. Kept in sync by the app on every save and
 * delete through {@link #upsert} and {@link #delete}; searches go through a {@link IndexSnapshot} so that
 * one query sees one consistent state.
 */
public final class ClaimIndex implements Closeable {

    static final String ID = "id";
    static final String TEXT = "text";
    static final String TITLE = "title";
    // Analysed forms kept with each claim so that explaining and re-ranking a hundred candidates per query
    // reads them instead of re-analysing every candidate's text (the bulk of the query time otherwise).
    static final String TEXT_STEMS = "textStems";
    static final String TITLE_STEMS = "titleStems";
    static final String WORDS = "words";
    private static final String VECTOR_PREFIX = "vector_";
    /**
     * What each document holds, for comparing a kept index with its source without reading stored fields:
     * "id, hash of text and title, vector names", one doc value per document.
     */
    static final String STATE = "state";
    /** The commit data key under which the layout of the documents is recorded. */
    static final String FORMAT_KEY = "claimtrace.format";
    /** Raise when {@link #toDocument} changes: a kept index of another format is built again from scratch. */
    public static final String FORMAT = "2";
    // Vector reads in flight at once on a disk index: above the 20-50 floats a re-scored search reads, so that
    // one query's cold reads all wait on the disk together (see StoredVectorReader).
    private static final int VECTOR_READ_THREADS = 32;

    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final StoredVectorReader vectorReader;

    private ClaimIndex(Directory directory, VectorStorage storage, double ramBufferMb, StoredVectorReader vectorReader) {
        this(directory, storage, ramBufferMb, vectorReader, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    }

    private ClaimIndex(Directory directory, VectorStorage storage, double ramBufferMb, StoredVectorReader vectorReader,
                       IndexWriterConfig.OpenMode mode) {
        try {
            this.directory = directory;
            this.vectorReader = vectorReader;
            this.analyzer = new EnglishAnalyzer();
            // No compound files: inside a .cfs the vector files cannot be advised as random-access, so every
            // float read for a re-score pulled ~128 KB of kernel read-ahead (at 1M the whole 1.5 GB of raw floats
            // came into the page cache after 300 cold queries); on their own file each read is one page.
            var mergePolicy = new TieredMergePolicy();
            mergePolicy.setNoCFSRatio(0.0);
            var config = new IndexWriterConfig(analyzer)
                    .setCodec(ClaimCodec.forStorage(storage))
                    .setRAMBufferSizeMB(ramBufferMb)
                    .setUseCompoundFile(false)
                    .setMergePolicy(mergePolicy)
                    .setOpenMode(mode);
            this.writer = new IndexWriter(directory, config);
            // every commit says which document layout it holds (a kept index of another layout is built again)
            writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            try {
                directory.close();
            } catch (IOException | RuntimeException ignored) {
                e.addSuppressed(ignored);
            }
            throw new UncheckedIOException(e);
        }
    }

    /** An index kept on disk, reopened with its content if the folder holds one. */
    public static ClaimIndex open(Path folder, VectorStorage storage) {
        return open(folder, storage, 64);
    }

    public static ClaimIndex open(Path folder, VectorStorage storage, double ramBufferMb) {
        return open(folder, storage, ramBufferMb, VECTOR_READ_THREADS);
    }

    /** @param vectorReadThreads 1 reads vectors one after another on the calling thread (to compare, in benchmarks) */
    static ClaimIndex open(Path folder, VectorStorage storage, double ramBufferMb, int vectorReadThreads) {
        try {
            return new ClaimIndex(FSDirectory.open(folder), storage, ramBufferMb, StoredVectorReader.concurrent(vectorReadThreads));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A kept index in {@code folder}, for a {@link #reconcile}-style start: opened with its content when it was
     * last committed in this {@link #FORMAT}, emptied otherwise (none yet, another layout, unreadable).
     * Throws {@link org.apache.lucene.store.LockObtainFailedException} (an IOException) when another writer holds
     * the folder: nothing is changed then.
     */
    public static ClaimIndex openKept(Path folder, VectorStorage storage, double ramBufferMb) throws IOException {
        boolean keep;
        try (var directory = FSDirectory.open(folder)) {
            keep = FORMAT.equals(SegmentInfos.readLatestCommit(directory).getUserData().get(FORMAT_KEY));
        } catch (IndexNotFoundException none) {
            keep = false;
        } catch (IOException | RuntimeException unreadable) {
            // written by another Lucene, half-copied, damaged: start again (the source of the claims is elsewhere)
            keep = false;
        }
        try {
            return openKept(folder, storage, ramBufferMb, keep);
        } catch (org.apache.lucene.store.LockObtainFailedException locked) {
            throw locked;
        } catch (IOException | RuntimeException unreadable) {
            if (keep) {
                throw unreadable;
            }
            // Lucene would not even write over it (a damaged commit file): remove its files, then start again
            try (var directory = FSDirectory.open(folder)) {
                for (var file : directory.listAll()) {
                    if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                        directory.deleteFile(file);
                    }
                }
            }
            return openKept(folder, storage, ramBufferMb, false);
        }
    }

    private static ClaimIndex openKept(Path folder, VectorStorage storage, double ramBufferMb, boolean keep) throws IOException {
        try {
            return new ClaimIndex(FSDirectory.open(folder), storage, ramBufferMb, StoredVectorReader.concurrent(VECTOR_READ_THREADS),
                    keep ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** What the index holds about one claim: the hash of its text and title, and the names of its vectors. */
    public record Indexed(String contentHash, Set<String> vectorNames) {
    }

    /** The hash under which a claim's text and title are known to {@link #indexed()}. */
    public static String contentHash(String text, String title) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update((title == null ? "" : title).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Every claim in the index (changes made visible first), by id: to compare with the source of the claims. */
    public Map<String, Indexed> indexed() {
        refresh();
        var all = new HashMap<String, Indexed>();
        try {
            var searcher = searchers.acquire();
            try {
                collect(searcher.getIndexReader(), all);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    private static void collect(org.apache.lucene.index.IndexReader reader, Map<String, Indexed> all) throws IOException {
        for (var leaf : reader.leaves()) {
            var live = leaf.reader().getLiveDocs();
            var states = DocValues.getBinary(leaf.reader(), STATE);
            for (int doc = states.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = states.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                var parts = states.binaryValue().utf8ToString().split("\n", -1);
                var names = new TreeSet<String>();
                if (!parts[2].isEmpty()) {
                    names.addAll(java.util.List.of(parts[2].split("\t")));
                }
                all.put(parts[0], new Indexed(parts[1], names));
            }
        }
    }

    /** A heap-only index, for tests and small demos. */
    public static ClaimIndex inMemory() {
        return new ClaimIndex(new ByteBuffersDirectory(), VectorStorage.FLOAT32, 16, StoredVectorReader.serial());
    }

    static String vectorField(String embedderName) {
        return VECTOR_PREFIX + embedderName;
    }

    /**
     * Appends a claim without looking for an older version with the same id: only for bulk loads of claims
     * known to be new (an initial import); otherwise use {@link #upsert}.
     */
    public void add(ClaimDocument claim) {
        try {
            writer.addDocument(toDocument(claim));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the claim or replaces the one with the same id; visible to searches after {@link #refresh()} or {@link #commit()}. */
    public void upsert(ClaimDocument claim) {
        try {
            writer.updateDocument(new Term(ID, claim.id()), toDocument(claim));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Document toDocument(ClaimDocument claim) {
        var doc = new Document();
        doc.add(new StringField(ID, claim.id(), Field.Store.YES));
        doc.add(new TextField(TEXT, claim.text(), Field.Store.YES));
        doc.add(new StoredField(TEXT_STEMS, String.join(" ", AnalyzedText.stems(analyzer, claim.text()))));
        doc.add(new StoredField(WORDS, String.join(" ", SalientTokens.wordsOf(claim.text() + " " + claim.title()))));
        if (!claim.title().isBlank()) {
            doc.add(new TextField(TITLE, claim.title(), Field.Store.YES));
            doc.add(new StoredField(TITLE_STEMS, String.join(" ", AnalyzedText.stems(analyzer, claim.title()))));
        }
        doc.add(new BinaryDocValuesField(STATE, new BytesRef(claim.id() + "\n" + contentHash(claim.text(), claim.title())
                + "\n" + String.join("\t", new TreeSet<>(claim.vectors().keySet())))));
        for (Map.Entry<String, float[]> vector : claim.vectors().entrySet()) {
            doc.add(new KnnFloatVectorField(vectorField(vector.getKey()), UnitVectors.normalized(vector.getValue()),
                    VectorSimilarityFunction.DOT_PRODUCT));
        }
        return doc;
    }

    public void delete(String claimId) {
        try {
            writer.deleteDocuments(new Term(ID, claimId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes changes visible to new snapshots without the cost of a durable commit. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes changes durable and visible. */
    public void commit() {
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        refresh();
    }

    /** True when something was written since the last {@link #commit()}. */
    public boolean hasUncommittedChanges() {
        return writer.hasUncommittedChanges();
    }

    /** Merges down to one segment: slower writes, fastest reads; for bulk loads. */
    public void forceMerge() {
        try {
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        commit();
    }

    /** A consistent view for one query; close it when done. */
    public IndexSnapshot snapshot() {
        try {
            return new IndexSnapshot(searchers, searchers.acquire(), analyzer, vectorReader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Directory directory() {
        return directory;
    }

    /**
     * Commits what was written and closes without waiting for background merges (a rollback after the commit
     * aborts them: after a first build of a large index they took minutes, longer than a service manager waits).
     */
    @Override
    public void close() {
        try {
            searchers.close();
            writer.commit();
            writer.rollback();
            analyzer.close();
            directory.close();
            vectorReader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
