package org.claimtrace.history;

import java.time.Instant;
import java.util.List;

/**
 * One record changed in one revision: who, when, what kind of record ({@code type}, as an editor calls it), which
 * one ({@code recordId}, {@code subject}: its name, statement or quote), and each field before and after.
 */
public record Change(long revision, Instant at, String user, String type, String entityName, long recordId,
                     String subject, Kind kind, List<FieldChange> fields) {

    public enum Kind {
        ADDED("added"), CHANGED("changed"), DELETED("deleted");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() { return word; }
    }

    /** A field's value before and after, as text; an empty string for no value. */
    public record FieldChange(String field, String before, String after) {
    }

    public Change {
        fields = List.copyOf(fields);
    }
}
