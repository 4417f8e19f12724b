package org.claimtrace.review;

import java.util.List;
import java.util.Set;

/**
 * A change to one claim in a session; a null part stays as it is. {@code verdict} (code or label) comes with its
 * {@code rationale}; {@code evidence} replaces the list. {@code version} is the version read: the item's, or, for
 * a reviewer's own blind verdict in a double review, that verdict's ({@code 0} before the first).
 */
public record ItemChange(ItemStatus status, String verdict, String rationale, List<EvidenceLink> evidence,
                         Set<String> assignees, long version) {

    public static ItemChange status(ItemStatus status, long version) {
        return new ItemChange(status, null, null, null, null, version);
    }

    public static ItemChange verdict(String verdict, String rationale, List<EvidenceLink> evidence, long version) {
        return new ItemChange(null, verdict, rationale, evidence, null, version);
    }

    public static ItemChange assignees(Set<String> assignees, long version) {
        return new ItemChange(null, null, null, null, assignees, version);
    }
}
