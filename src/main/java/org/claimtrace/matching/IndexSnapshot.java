package org.claimtrace.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * One point-in-time view of a {@link ClaimIndex}. Doc numbers in its hits are only meaningful within the
 * same snapshot, which is why a whole match (search, vectors, stored text) runs against one.
 */
public final class IndexSnapshot implements AutoCloseable {

    // Titles are headline-like restatements of the claim: a match there counts, but a little less than in the claim.
    private static final float TITLE_BOOST = 0.6f;
    private static final int MAX_QUERY_TERMS = 200;

    private final SearcherManager manager;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final StoredVectorReader vectorReader;

    IndexSnapshot(SearcherManager manager, IndexSearcher searcher, Analyzer analyzer, StoredVectorReader vectorReader) {
        this.manager = manager;
        this.searcher = searcher;
        this.analyzer = analyzer;
        this.vectorReader = vectorReader;
    }

    int segmentCount() {
        return searcher.getIndexReader().leaves().size();
    }

    public int claimCount() {
        return searcher.getIndexReader().numDocs();
    }

    /** BM25 over claim text and title; each analysed query word may match either field. */
    public List<IndexHit> searchLexical(String queryText, int limit) {
        List<String> terms = analyzedTerms(queryText);
        if (terms.isEmpty()) {
            return List.of();
        }
        var query = new BooleanQuery.Builder();
        for (String term : terms.subList(0, Math.min(terms.size(), MAX_QUERY_TERMS))) {
            query.add(new TermQuery(new Term(ClaimIndex.TEXT, term)), BooleanClause.Occur.SHOULD);
            query.add(new BoostQuery(new TermQuery(new Term(ClaimIndex.TITLE, term)), TITLE_BOOST),
                    BooleanClause.Occur.SHOULD);
        }
        return search(query.build(), limit);
    }

    /** Approximate nearest neighbours in the HNSW graph of one embedder's vectors. */
    public List<IndexHit> searchVectors(String embedderName, float[] queryVector, int limit) {
        var query = new KnnFloatVectorQuery(ClaimIndex.vectorField(embedderName), UnitVectors.normalized(queryVector), limit);
        return search(query, limit);
    }

    /**
     * Nearest neighbours by exact cosine: the graph's best {@code explored} (scored on int8 vectors when the
     * index quantises), the best {@code rescored} of those scored again on the raw float vectors, the best
     * {@code limit} of those kept. With many near-equal neighbours (tens of restatements of one claim) the
     * int8 scores misorder them and the graph misses some at small depths; exploring deeper and re-scoring
     * fixes both. Ids are read only for the hits returned: reading a stored id costs more than a re-score.
     */
    public List<IndexHit> searchVectorsRescored(String embedderName, float[] queryVector, int limit, int explored, int rescored) {
        float[] unitQuery = UnitVectors.normalized(queryVector);
        try {
            TopDocs top = searcher.search(new KnnFloatVectorQuery(ClaimIndex.vectorField(embedderName), unitQuery, explored), explored);
            int count = Math.min(rescored, top.scoreDocs.length);
            int[] docIds = new int[count];
            for (int i = 0; i < count; i++) {
                docIds[i] = top.scoreDocs[i].doc;
            }
            float[][] vectors = vectors(embedderName, docIds);
            var scored = new ArrayList<ScoreDoc>(count);
            for (int i = 0; i < count; i++) {
                // same scale as Lucene's DOT_PRODUCT score, so hits compare with searchVectors'
                float score = vectors[i] == null ? top.scoreDocs[i].score : (1 + UnitVectors.dot(unitQuery, vectors[i])) / 2;
                scored.add(new ScoreDoc(docIds[i], score));
            }
            scored.sort((a, b) -> Float.compare(b.score, a.score));
            var ids = searcher.storedFields();
            var hits = new ArrayList<IndexHit>(Math.min(limit, count));
            for (ScoreDoc sd : scored.subList(0, Math.min(limit, count))) {
                hits.add(new IndexHit(sd.doc, ids.document(sd.doc, Set.of(ClaimIndex.ID)).get(ClaimIndex.ID), sd.score, hits.size() + 1));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<IndexHit> search(Query query, int limit) {
        try {
            TopDocs top = searcher.search(query, limit);
            var hits = new ArrayList<IndexHit>(top.scoreDocs.length);
            var ids = searcher.storedFields();
            int rank = 1;
            for (ScoreDoc sd : top.scoreDocs) {
                String id = ids.document(sd.doc, Set.of(ClaimIndex.ID)).get(ClaimIndex.ID);
                hits.add(new IndexHit(sd.doc, id, sd.score, rank++));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored vectors of the given docs (unit length), {@code null} where a claim has none yet. */
    public float[][] vectors(String embedderName, int[] docIds) {
        return vectorReader.read(searcher.getIndexReader(), ClaimIndex.vectorField(embedderName), docIds);
    }

    /** The stored claim (id, text, title and their analysed forms) of a doc in this snapshot. */
    public StoredClaim stored(int docId) {
        try {
            var doc = searcher.storedFields().document(docId);
            String title = doc.get(ClaimIndex.TITLE);
            return new StoredClaim(doc.get(ClaimIndex.ID), doc.get(ClaimIndex.TEXT), title == null ? "" : title,
                    words(doc.get(ClaimIndex.TEXT_STEMS)), words(doc.get(ClaimIndex.TITLE_STEMS)), words(doc.get(ClaimIndex.WORDS)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<StoredClaim> find(String claimId) {
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(ClaimIndex.ID, claimId)), 1);
            return top.scoreDocs.length == 0 ? Optional.empty() : Optional.of(stored(top.scoreDocs[0].doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Analyzer analyzer() {
        return analyzer;
    }

    List<String> analyzedTerms(String text) {
        return AnalyzedText.stems(analyzer, text);
    }

    @Override
    public void close() {
        try {
            manager.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> words(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(" "));
    }

    /** A claim as stored in the index. */
    public record StoredClaim(String id, String text, String title, List<String> textStems, List<String> titleStems,
            List<String> words) {
    }
}
