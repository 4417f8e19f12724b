package org.claimtrace.matching;

/** How sentence vectors are kept in the HNSW index. */
public enum VectorStorage {
    /** 4 bytes a dimension: exact scores, four times the memory. */
    FLOAT32,
    /** Lucene's scalar quantisation to one byte a dimension for the graph search; the raw floats stay on disk. */
    INT8
}
