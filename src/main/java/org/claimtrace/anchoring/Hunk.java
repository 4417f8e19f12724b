package org.claimtrace.anchoring;

/**
 * One changed region between two revisions: old text {@code [oldStart, oldEnd)} became new text
 * {@code [newStart, newEnd)}. An empty old side is a pure insertion, an empty new side a pure deletion.
 */
record Hunk(int oldStart, int oldEnd, int newStart, int newEnd) {

    int oldLength() {
        return oldEnd - oldStart;
    }

    int newLength() {
        return newEnd - newStart;
    }

    /** How much this change weighs when deciding whether a short unchanged stretch next to it is meaningful. */
    int weight() {
        return Math.max(oldLength(), newLength());
    }

    Hunk shifted(int oldBy, int newBy) {
        return new Hunk(oldStart + oldBy, oldEnd + oldBy, newStart + newBy, newEnd + newBy);
    }

    /** The smallest hunk covering this one, the unchanged stretch after it and {@code next}. */
    Hunk through(Hunk next) {
        return new Hunk(oldStart, next.oldEnd, newStart, next.newEnd);
    }
}
