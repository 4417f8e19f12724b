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
    void keptIndexTellsWhatItHoldsOfEachClaimAfterReopening(@TempDir Path folder) throws Exception {
        try (var index = ClaimIndex.openKept(folder, VectorStorage.FLOAT32, 16)) {
            index.upsert(guantanamo());
            index.upsert(charlotte().withVector("e", new float[]{1, 0}).withVector("e@title", new float[]{0, 1}));
            index.upsert(vaccine());
            index.delete("c3");
            index.commit();
            index.upsert(ClaimDocument.withoutVector("c4", "Written after the last commit.", ""));
        }
        var reopenedAfterClose = ClaimIndex.openKept(folder, VectorStorage.FLOAT32, 16);
        var held = reopenedAfterClose.indexed();
        reopenedAfterClose.close();
        assertEquals(java.util.Set.of("c1", "c2", "c4"), held.keySet(), "a clean close commits");
        assertEquals(ClaimIndex.contentHash(guantanamo().text(), guantanamo().title()), held.get("c1").contentHash());
        assertTrue(held.get("c1").vectorNames().isEmpty());
        assertEquals(java.util.Set.of("e", "e@title"), held.get("c2").vectorNames());
        assertTrue(!ClaimIndex.contentHash("a", "b").equals(ClaimIndex.contentHash("a b", "")),
                "text and title are hashed apart");
    }

    @Test
    void keptIndexOfAnotherLayoutIsEmptiedAndUnreadableOneStartsAgain(@TempDir Path folder) throws Exception {
        try (var index = ClaimIndex.openKept(folder, VectorStorage.FLOAT32, 16)) {
            index.upsert(guantanamo());
        }
        var config = new org.apache.lucene.index.IndexWriterConfig().setOpenMode(org.apache.lucene.index.IndexWriterConfig.OpenMode.APPEND);
        try (var directory = org.apache.lucene.store.FSDirectory.open(folder);
             var writer = new org.apache.lucene.index.IndexWriter(directory, config)) {
            writer.setLiveCommitData(java.util.Map.of(ClaimIndex.FORMAT_KEY, "0").entrySet());
            writer.commit();
        }
        try (var index = ClaimIndex.openKept(folder, VectorStorage.FLOAT32, 16)) {
            assertTrue(index.indexed().isEmpty(), "an index of another layout is not read as this one");
            index.upsert(charlotte());
        }
        for (var file : java.nio.file.Files.list(folder).toList()) {
            if (file.getFileName().toString().startsWith("segments_")) {
                java.nio.file.Files.writeString(file, "damaged");
            }
        }
        try (var index = ClaimIndex.openKept(folder, VectorStorage.FLOAT32, 16)) {
            assertTrue(index.indexed().isEmpty());
            index.upsert(vaccine());
        }
        try (var index = ClaimIndex.openKept(folder, VectorStorage.FLOAT32, 16)) {
            assertEquals(java.util.Set.of("c3"), index.indexed().keySet());
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
