package org.claimtrace.article;

/** One reason an import was refused; field is null when it is about the whole input. */
public record ImportProblem(String field, String message) {
}
