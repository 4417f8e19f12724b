package org.claimtrace.matching;

/** Unit-length vectors, so that a dot product is the cosine similarity. */
final class UnitVectors {

    private UnitVectors() {
    }

    static float[] normalized(float[] vector) {
        double norm = 0;
        for (float x : vector) {
            norm += (double) x * x;
        }
        if (norm == 0 || Math.abs(norm - 1) < 1e-6) {
            return vector;
        }
        float inverse = (float) (1 / Math.sqrt(norm));
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = vector[i] * inverse;
        }
        return unit;
    }

    static float dot(float[] a, float[] b) {
        return org.apache.lucene.util.VectorUtil.dotProduct(a, b);
    }
}
