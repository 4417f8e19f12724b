package org.claimtrace.anchoring;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.DiffAlgorithmListener;
import com.github.difflib.patch.AbstractDelta;

import java.util.ArrayList;
import java.util.List;

/**
 * The character-level differences between two revisions, as hunks in UTF-16 offsets.
 *
 * <p>Two passes, as diff-match-patch does for long texts: Myers' diff (java-diff-utils) over word tokens finds the
 * changed regions cheaply and without coincidental letter matches; then each small changed region is diffed again
 * by code point so that hunks are exact to the character. Both passes fold away coincidental short matches
 * ({@link HunkMerger}).
 */
final class CharacterDiff {

    /**
     * Changed regions larger than this (per side) are rewrites: a character pass would only find the letters that
     * two different sentences share, so they stay one hunk.
     */
    private static final int REFINE_LIMIT = 256;

    /**
     * Myers' diff costs O(N·D) for D edits: a correction is cheap, a wholesale rewrite of a long article takes
     * seconds (5 to 12 s measured for two unrelated 100 KB texts). Past this many changed tokens (about 20 KB of
     * text) the search stops and the whole changed middle counts as replaced; annotations there are then found
     * only by their quote and context, which is right for a text that has been rewritten.
     */
    static final int MAX_EDITED_TOKENS = 4_000;

    private CharacterDiff() {
    }

    static List<Hunk> between(String oldText, String newText) {
        TextTokens oldTokens = TextTokens.of(oldText);
        TextTokens newTokens = TextTokens.of(newText);
        // Corrections touch little of an article: trim the shared head and tail before the O(N·D) diff.
        int head = 0;
        int maxHead = Math.min(oldTokens.size(), newTokens.size());
        while (head < maxHead && oldTokens.tokens().get(head).equals(newTokens.tokens().get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < maxHead - head
                && oldTokens.tokens().get(oldTokens.size() - 1 - tail).equals(newTokens.tokens().get(newTokens.size() - 1 - tail))) {
            tail++;
        }
        List<String> oldMiddle = oldTokens.tokens().subList(head, oldTokens.size() - tail);
        List<String> newMiddle = newTokens.tokens().subList(head, newTokens.size() - tail);

        List<Hunk> tokenHunks = new ArrayList<>();
        try {
            for (AbstractDelta<String> delta : DiffUtils.diff(oldMiddle, newMiddle, new EditBudget()).getDeltas()) {
                int oldFirst = head + delta.getSource().getPosition();
                int newFirst = head + delta.getTarget().getPosition();
                tokenHunks.add(new Hunk(
                        oldTokens.start(oldFirst), oldTokens.start(oldFirst + delta.getSource().size()),
                        newTokens.start(newFirst), newTokens.start(newFirst + delta.getTarget().size())));
            }
        } catch (EditBudget.Exceeded rewritten) {
            return List.of(new Hunk(oldTokens.start(head), oldTokens.start(oldTokens.size() - tail),
                    newTokens.start(head), newTokens.start(newTokens.size() - tail)));
        }

        List<Hunk> hunks = new ArrayList<>();
        for (Hunk hunk : HunkMerger.merge(tokenHunks)) {
            hunks.addAll(refine(hunk, oldText, newText));
        }
        return List.copyOf(hunks);
    }

    private static List<Hunk> refine(Hunk hunk, String oldText, String newText) {
        if (hunk.oldLength() == 0 || hunk.newLength() == 0
                || hunk.oldLength() > REFINE_LIMIT || hunk.newLength() > REFINE_LIMIT) {
            return List.of(hunk);
        }
        String oldPart = oldText.substring(hunk.oldStart(), hunk.oldEnd());
        String newPart = newText.substring(hunk.newStart(), hunk.newEnd());
        int[] oldOffsets = codePointOffsets(oldPart);
        int[] newOffsets = codePointOffsets(newPart);
        List<Hunk> inner = new ArrayList<>();
        for (AbstractDelta<Integer> delta : DiffUtils.diff(codePoints(oldPart), codePoints(newPart)).getDeltas()) {
            int oldFirst = delta.getSource().getPosition();
            int newFirst = delta.getTarget().getPosition();
            inner.add(new Hunk(
                    oldOffsets[oldFirst], oldOffsets[oldFirst + delta.getSource().size()],
                    newOffsets[newFirst], newOffsets[newFirst + delta.getTarget().size()]));
        }
        return HunkMerger.merge(inner).stream().map(h -> h.shifted(hunk.oldStart(), hunk.newStart())).toList();
    }

    private static List<Integer> codePoints(String s) {
        return s.codePoints().boxed().toList();
    }

    /** {@code offsets[k]} is the UTF-16 offset of code point {@code k}; the last entry is the length. */
    private static int[] codePointOffsets(String s) {
        int[] offsets = new int[s.codePointCount(0, s.length()) + 1];
        int k = 0;
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            offsets[k++] = i;
        }
        offsets[k] = s.length();
        return offsets;
    }

    /** Stops Myers' search once the edit distance explored passes {@link #MAX_EDITED_TOKENS}. */
    private static final class EditBudget implements DiffAlgorithmListener {

        @Override
        public void diffStart() {
        }

        @Override
        public void diffStep(int value, int max) {
            if (value > MAX_EDITED_TOKENS) {
                throw new Exceeded();
            }
        }

        @Override
        public void diffEnd() {
        }

        private static final class Exceeded extends RuntimeException {
            Exceeded() {
                super("diff larger than the edit budget", null, false, false);
            }
        }
    }
}
