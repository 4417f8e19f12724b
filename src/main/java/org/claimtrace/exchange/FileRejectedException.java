package org.claimtrace.exchange;

import org.claimtrace.base.RejectedException;

import java.util.List;

/** A file that imported nothing, and why: every problem found, row by row (the first {@link #LISTED}). */
public class FileRejectedException extends RejectedException {

    public static final int LISTED = 500;

    private final List<RowProblem> problems;
    private final long problemCount;

    public FileRejectedException(String message, List<RowProblem> problems, long problemCount) {
        super(message);
        this.problems = List.copyOf(problems);
        this.problemCount = problemCount;
    }

    public static FileRejectedException of(String message) {
        return new FileRejectedException(message, List.of(RowProblem.ofFile(message)), 1);
    }

    public List<RowProblem> problems() {
        return problems;
    }

    /** All problems found, including those beyond the listed ones. */
    public long problemCount() {
        return problemCount;
    }
}
