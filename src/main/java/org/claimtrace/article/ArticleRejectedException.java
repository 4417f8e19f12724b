package org.claimtrace.article;

import org.claimtrace.base.RejectedException;

import java.util.List;

/** An article import or revision that stored nothing, with every reason in words an editor understands. */
public class ArticleRejectedException extends RejectedException {

    private final transient List<ImportProblem> problems;

    public ArticleRejectedException(List<ImportProblem> problems) {
        super(String.join(" ", problems.stream().map(ImportProblem::message).toList()));
        this.problems = List.copyOf(problems);
    }

    public static ArticleRejectedException of(String message) {
        return new ArticleRejectedException(List.of(new ImportProblem(null, message)));
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
