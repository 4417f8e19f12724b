package org.claimtrace.matching;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * Finds syndicated copies of a text (wire stories re-run with a changed headline or a trimmed paragraph):
 * each text is reduced to a MinHash signature over its three-word shingles by Lucene's
 * {@link MinHashFilter}; the overlap of two signatures estimates the Jaccard similarity of their shingle
 * sets. A query counts shared signature values with constant-score clauses; short texts repeat values
 * (empty buckets borrow a neighbour's), so the estimate is the Jaccard of the two sets of distinct values,
 * whose sizes are stored with each text.
 */
public final class NearDuplicateDetector implements Closeable {

    /** Buckets: with 128 the estimate's standard error is at most about 0.045 for long texts. */
    static final int SIGNATURE_SIZE = 128;
    private static final int SHINGLE_WORDS = 3;
    private static final String ID = "id";
    private static final String SIGNATURE = "minhash";
    private static final String SIGNATURE_VALUES = "minhashValues";

    private final Analyzer signatureAnalyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            var tokenizer = new StandardTokenizer();
            var shingles = new ShingleFilter(new LowerCaseFilter(tokenizer), SHINGLE_WORDS, SHINGLE_WORDS);
            shingles.setOutputUnigrams(false);
            // One hash function split into 128 buckets ("one permutation hashing"); rotation fills empty
            // buckets of short texts so every text gets a full signature.
            return new TokenStreamComponents(tokenizer, new MinHashFilter(shingles, 1, SIGNATURE_SIZE, 1, true));
        }
    };
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public NearDuplicateDetector() {
        this(new ByteBuffersDirectory());
    }

    public NearDuplicateDetector(Directory directory) {
        try {
            this.directory = directory;
            this.writer = new IndexWriter(directory, new IndexWriterConfig(signatureAnalyzer));
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One indexed text that is a near-duplicate of the query, with the estimated Jaccard similarity. */
    public record NearDuplicate(String id, double jaccard) {
    }

    public void upsert(String id, String text) {
        var doc = new Document();
        doc.add(new StringField(ID, id, Field.Store.YES));
        doc.add(new TextField(SIGNATURE, text, Field.Store.NO));
        doc.add(new StoredField(SIGNATURE_VALUES, signature(text).size()));
        try {
            writer.updateDocument(new Term(ID, id), doc);
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String id) {
        try {
            writer.deleteDocuments(new Term(ID, id));
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Indexed texts whose estimated Jaccard similarity to {@code text} is at least {@code threshold}, most similar first. */
    public List<NearDuplicate> find(String text, double threshold) {
        Set<String> signature = signature(text);
        if (signature.isEmpty()) {
            return List.of();
        }
        var query = new BooleanQuery.Builder();
        for (String slot : signature) {
            query.add(new ConstantScoreQuery(new TermQuery(new Term(SIGNATURE, slot))), BooleanClause.Occur.SHOULD);
        }
        // Jaccard s / (a + b - s) >= t implies s >= t * a, so fewer shared values cannot qualify.
        int minimumShared = (int) Math.ceil(threshold * signature.size());
        query.setMinimumNumberShouldMatch(Math.max(1, Math.min(minimumShared, signature.size())));
        IndexSearcher searcher = null;
        try {
            searcher = searchers.acquire();
            var result = new ArrayList<NearDuplicate>();
            var stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(query.build(), 50).scoreDocs) {
                var doc = stored.document(hit.doc);
                double shared = Math.round(hit.score);
                double jaccard = shared / (signature.size() + doc.getField(SIGNATURE_VALUES).numericValue().intValue() - shared);
                if (jaccard >= threshold) {
                    result.add(new NearDuplicate(doc.get(ID), jaccard));
                }
            }
            result.sort(java.util.Comparator.comparingDouble(NearDuplicate::jaccard).reversed());
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    /** The distinct MinHash slots of a text; texts shorter than one shingle have none. */
    Set<String> signature(String text) {
        var slots = new LinkedHashSet<String>();
        try (var stream = signatureAnalyzer.tokenStream(SIGNATURE, text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                slots.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return slots;
    }

    private void release(IndexSearcher searcher) {
        if (searcher != null) {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
