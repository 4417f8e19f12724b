package org.claimtrace.matching;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredVectorReaderTest {

    private static float[] vectorOf(int i) {
        return UnitVectors.normalized(new float[] {1, i, i % 7});
    }

    @Test
    void concurrentReadsReturnEachDocsVectorInTheAskedOrder(@TempDir Path folder) {
        // 3 threads for 40 docs in two segments, every fifth claim without a vector: each thread reads several
        // docs across both segments, and the sparse field makes its iterator skip
        try (var index = ClaimIndex.open(folder, VectorStorage.INT8, 16, 3)) {
            for (int i = 0; i < 40; i++) {
                var claim = ClaimDocument.withoutVector("c" + i, "claim number " + i, "");
                index.add(i % 5 == 0 ? claim : claim.withVector("test", vectorOf(i)));
                if (i == 19) {
                    index.commit();
                }
            }
            index.commit();
            try (var snapshot = index.snapshot()) {
                assertEquals(2, snapshot.segmentCount());
                int[] docIds = IntStream.range(0, 40).map(i -> 39 - i).toArray();
                float[][] vectors = snapshot.vectors("test", docIds);
                for (int k = 0; k < docIds.length; k++) {
                    int claim = Integer.parseInt(snapshot.stored(docIds[k]).id().substring(1));
                    if (claim % 5 == 0) {
                        assertNull(vectors[k], "c" + claim + " has no vector");
                    } else {
                        assertArrayEquals(vectorOf(claim), vectors[k], 1e-6f, "c" + claim);
                    }
                }
            }
        }
    }
}
