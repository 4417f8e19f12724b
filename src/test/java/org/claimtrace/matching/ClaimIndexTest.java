package org.claimtrace.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimIndexTest {

    static ClaimDocument guantanamo() {
        return ClaimDocument.withoutVector("c1", "122 detainees released from Guantanamo Bay have re-engaged in terrorism.",
                "Did 122 Guantanamo prisoners return to the battlefield?");
    }

    static ClaimDocument charlotte() {
        return ClaimDocument.withoutVector("c2", "70 per cent of the persons arrested during protests in Charlotte had out-of-state IDs.", "");
    }

    static ClaimDocument vaccine() {
        return ClaimDocument.withoutVector("c3", "The flu vaccine causes the flu.", "Flu shot myths");
    }

    private static List<String> lexicalIds(ClaimIndex index, String query) {
        try (var snapshot = index.snapshot()) {
            return snapshot.searchLexical(query, 10).stream().map(IndexHit::claimId).toList();
        }
    }

    @Test
    void claimIsFoundByItsWordsAndItsTitle() {
        try (var index = ClaimIndex.inMemory()) {
            List.of(guantanamo(), charlotte(), vaccine()).forEach(index::upsert);
            index.refresh();
            assertEquals("c1", lexicalIds(index, "prisoners released from Guantanamo").get(0));
            assertEquals(List.of("c1"), lexicalIds(index, "battlefield"), "a title-only word finds the claim");
        }
    }

    @Test
    void editedClaimIsFoundByItsNewWordsOnlyAndIsNotDuplicated() {
        try (var index = ClaimIndex.inMemory()) {
            List.of(guantanamo(), charlotte(), vaccine()).forEach(index::upsert);
            index.commit();
            index.upsert(ClaimDocument.withoutVector("c2", "Most protesters arrested in Milwaukee came from other states.", ""));
            index.refresh();
            assertTrue(lexicalIds(index, "Charlotte").isEmpty(), "the old text is gone");
            assertEquals(List.of("c2"), lexicalIds(index, "Milwaukee"));
            try (var snapshot = index.snapshot()) {
                assertEquals(3, snapshot.claimCount());
                assertEquals("Most protesters arrested in Milwaukee came from other states.", snapshot.find("c2").orElseThrow().text());
            }
        }
    }

    @Test
    void deletedClaimIsNoLongerFoundByWordsOrVector() {
        try (var index = ClaimIndex.inMemory()) {
            index.upsert(guantanamo().withVector("test", new float[] {1, 0, 0}));
            index.upsert(vaccine().withVector("test", new float[] {0, 1, 0}));
            index.refresh();
            index.delete("c1");
            index.refresh();
            assertTrue(lexicalIds(index, "Guantanamo").isEmpty());
            try (var snapshot = index.snapshot()) {
                var nearest = snapshot.searchVectors("test", new float[] {1, 0, 0}, 5);
                assertEquals(List.of("c3"), nearest.stream().map(IndexHit::claimId).toList());
                assertTrue(snapshot.find("c1").isEmpty());
            }
        }
    }

    @Test
    void claimWithoutVectorIsStillFoundByWords() {
        try (var index = ClaimIndex.inMemory()) {
            index.upsert(guantanamo());
            index.upsert(vaccine().withVector("test", new float[] {0, 1, 0}));
            index.refresh();
            try (var snapshot = index.snapshot()) {
                var hits = snapshot.searchLexical("Guantanamo detainees", 5);
                assertEquals("c1", hits.get(0).claimId());
                float[][] vectors = snapshot.vectors("test", new int[] {hits.get(0).docId()});
                assertNull(vectors[0], "no vector yet");
                var vaccineDoc = snapshot.searchLexical("vaccine", 1).get(0).docId();
                assertNotNull(snapshot.vectors("test", new int[] {vaccineDoc})[0]);
            }
        }
    }

    @Test
    void indexOnDiskKeepsCommittedClaimsAcrossReopen(@TempDir Path folder) {
        try (var index = ClaimIndex.open(folder, VectorStorage.INT8)) {
            index.upsert(vaccine().withVector("test", new float[] {0.6f, 0.8f, 0}));
            index.commit();
        }
        try (var index = ClaimIndex.open(folder, VectorStorage.INT8); var snapshot = index.snapshot()) {
            assertEquals(List.of("c3"), snapshot.searchVectors("test", new float[] {0.6f, 0.8f, 0}, 3).stream().map(IndexHit::claimId).toList());
        }
    }

    @Test
    void rescoredVectorSearchKeepsTheExactBestInOrder(@TempDir Path folder) {
        try (var index = ClaimIndex.open(folder, VectorStorage.INT8)) {
            index.upsert(guantanamo().withVector("test", new float[] {1, 0, 0}));
            index.upsert(charlotte().withVector("test", new float[] {0.8f, 0.6f, 0}));
            index.upsert(vaccine().withVector("test", new float[] {0, 1, 0}));
            index.commit();
            try (var snapshot = index.snapshot()) {
                var hits = snapshot.searchVectorsRescored("test", new float[] {0.6f, 0.8f, 0}, 2, 3, 3);
                assertEquals(List.of("c2", "c3"), hits.stream().map(IndexHit::claimId).toList());
                assertEquals(List.of(1, 2), hits.stream().map(IndexHit::rank).toList());
                assertEquals((1 + 0.96f) / 2, hits.get(0).score(), 1e-5, "exact cosine, on Lucene's dot-product scale");
            }
        }
    }
}
