package org.claimtrace.article;

import org.claimtrace.base.ConflictException;

/** The text is already stored as another article; the editor is offered to open that one. */
public class DuplicateArticleException extends ConflictException {

    private final long existingId;

    DuplicateArticleException(long existingId, String existingHeadline) {
        super("This text is already in Claimtrace as \u201c" + existingHeadline + "\u201d (article " + existingId + ").");
        this.existingId = existingId;
    }

    /** The article this text duplicates. */
    public long existingId() {
        return existingId;
    }

    /** The refusal as a problem of the form's text field. */
    public ImportProblem problem() {
        return new ImportProblem("text", getMessage());
    }
}
