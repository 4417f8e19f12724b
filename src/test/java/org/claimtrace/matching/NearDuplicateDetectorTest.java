package org.claimtrace.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NearDuplicateDetectorTest {

    static final String WIRE_STORY = """
            North Korea fired two short-range ballistic missiles off its east coast on Thursday, South Korea's military \
            said, the latest in a series of launches that have raised tensions in the region. The missiles flew about \
            350 kilometres before landing in the sea, the Joint Chiefs of Staff said in a statement. Japan's defence \
            ministry said the launches posed no immediate threat to its territory. The United States urged Pyongyang \
            to refrain from further provocations and return to talks.""";

    // A paper's re-run of the wire copy: one word changed, one clause trimmed, a sentence of its own added.
    static final String EDITED_COPY = """
            North Korea fired two short-range ballistic missiles off its east coast on Thursday, South Korea's military \
            said, the latest in a series of launches that have raised tensions in the region. The missiles flew roughly \
            350 kilometres before landing in the sea, the Joint Chiefs of Staff said. Japan's defence \
            ministry said the launches posed no immediate threat to its territory. The United States urged Pyongyang \
            to refrain from further provocations and return to talks. Local fishermen were told to stay in port.""";

    static final String UNRELATED = """
            The city council approved a new budget on Tuesday that raises spending on parks and libraries while \
            cutting the road maintenance fund, after a three-hour meeting in which residents spoke for and against \
            the plan. The mayor said the changes reflect what voters asked for in last year's survey.""";

    @Test
    void lightlyEditedCopyIsANearDuplicateAndUnrelatedTextIsNot() {
        try (var detector = new NearDuplicateDetector()) {
            detector.upsert("wire", WIRE_STORY);
            detector.upsert("council", UNRELATED);
            var found = detector.find(EDITED_COPY, 0.5);
            assertEquals(1, found.size());
            assertEquals("wire", found.get(0).id());
            assertTrue(found.get(0).jaccard() > 0.5 && found.get(0).jaccard() < 1.0, "estimate " + found.get(0).jaccard());
        }
    }

    @Test
    void identicalTextEstimatesFullOverlap() {
        try (var detector = new NearDuplicateDetector()) {
            detector.upsert("wire", WIRE_STORY);
            assertEquals(1.0, detector.find(WIRE_STORY, 0.9).get(0).jaccard(), 1e-9);
        }
    }

    @Test
    void deletedTextIsNoLongerReported() {
        try (var detector = new NearDuplicateDetector()) {
            detector.upsert("wire", WIRE_STORY);
            detector.delete("wire");
            assertTrue(detector.find(EDITED_COPY, 0.3).isEmpty());
        }
    }

    @Test
    void signatureHasAtMostOneValuePerBucketAndNoneForTooShortText() {
        try (var detector = new NearDuplicateDetector()) {
            int size = detector.signature(WIRE_STORY).size();
            assertTrue(size > 10 && size <= NearDuplicateDetector.SIGNATURE_SIZE, "size " + size);
            assertTrue(detector.signature("two words").isEmpty());
        }
    }
}
