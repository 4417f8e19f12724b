package org.claimtrace.article;

import java.util.List;
import java.util.Optional;

/** An import that stored nothing, with every reason in words an editor understands. */
public class ImportRejectedException extends RuntimeException {

    private final transient List<ImportProblem> problems;
    private final Long duplicateOf;

    public ImportRejectedException(List<ImportProblem> problems) {
        this(problems, null);
    }

    ImportRejectedException(List<ImportProblem> problems, Long duplicateOf) {
        super(String.join(" ", problems.stream().map(ImportProblem::message).toList()));
        this.problems = List.copyOf(problems);
        this.duplicateOf = duplicateOf;
    }

    public static ImportRejectedException of(String message) {
        return new ImportRejectedException(List.of(new ImportProblem(null, message)));
    }

    static ImportRejectedException duplicate(long existingId, String existingHeadline) {
        return new ImportRejectedException(List.of(new ImportProblem("text",
                "This text is already in Claimtrace as \u201c" + existingHeadline + "\u201d.")), existingId);
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    /** The article this text duplicates, so the user can be offered to open it. */
    public Optional<Long> duplicateOf() {
        return Optional.ofNullable(duplicateOf);
    }
}
