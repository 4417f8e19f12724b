package org.claimtrace.anchoring;

import java.util.List;

/**
 * Carries positions in the old revision over to the new one through the diff's hunks, and tells which spans a
 * change touched. Lookups are binary searches, so re-anchoring every annotation of an article costs little once
 * the diff is made.
 *
 * <p>Boundary rule: text inserted exactly at a span's start or end lies outside the span; a changed region that
 * overlaps the span is inside it, whole.
 */
final class OffsetMap {

    private final Hunk[] hunks;
    /** {@code shiftBefore[i]}: how far hunks {@code 0..i-1} move the text after them; one entry more than hunks. */
    private final int[] shiftBefore;

    OffsetMap(List<Hunk> hunks) {
        this.hunks = hunks.toArray(Hunk[]::new);
        this.shiftBefore = new int[this.hunks.length + 1];
        for (int i = 0; i < this.hunks.length; i++) {
            shiftBefore[i + 1] = shiftBefore[i] + this.hunks[i].newLength() - this.hunks[i].oldLength();
        }
    }

    /** Whether any change lies inside old {@code [start, end)}. */
    boolean touchesOld(int start, int end) {
        int i = firstOldEndAfter(start);
        return i < hunks.length && hunks[i].oldStart() < end;
    }

    /** Whether new {@code [start, end)} contains text that was not at this place before (inserted or replaced). */
    boolean touchesNew(int start, int end) {
        int lo = 0;
        int hi = hunks.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (hunks[mid].newEnd() > start) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo < hunks.length && hunks[lo].newStart() < end;
    }

    /** Where a span starting at old {@code position} starts in the new text; a replaced start takes the replacement. */
    int mapStart(int position) {
        int i = firstOldEndAfter(position);
        if (i < hunks.length && hunks[i].oldStart() <= position) {
            return hunks[i].newStart();
        }
        return position + shiftBefore[i];
    }

    /** Where a span ending at old {@code position} ends in the new text; a replaced end takes the replacement. */
    int mapEnd(int position) {
        int i = firstOldEndAfter(position - 1);
        if (i < hunks.length && hunks[i].oldStart() < position) {
            return hunks[i].newEnd();
        }
        return position + shiftBefore[i];
    }

    /** The first hunk whose old side ends after {@code position}; pure insertions at it come before. */
    private int firstOldEndAfter(int position) {
        int lo = 0;
        int hi = hunks.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (hunks[mid].oldEnd() > position) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
