package org.claimtrace.matching;

import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;

/**
 * Chooses the vector format per field. Both formats are written under their own SPI names, so an index
 * written with this codec opens with Lucene's default codec too.
 */
final class ClaimCodec {

    // Lucene's defaults (M=16, beam 100): with an over-fetched search re-scored on floats
    // (IndexSnapshot.searchVectorsRescored) recall@10 was 0.957 at 1M in the matchscale benchmark.
    private static final int MAX_CONNECTIONS = 16;
    private static final int BEAM_WIDTH = 100;

    private ClaimCodec() {
    }

    static Lucene912Codec forStorage(VectorStorage storage) {
        KnnVectorsFormat format = switch (storage) {
            case FLOAT32 -> new Lucene99HnswVectorsFormat(MAX_CONNECTIONS, BEAM_WIDTH);
            case INT8 -> new Lucene99HnswScalarQuantizedVectorsFormat(MAX_CONNECTIONS, BEAM_WIDTH);
        };
        return new Lucene912Codec() {
            @Override
            public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                return format;
            }
        };
    }
}
