package org.claimtrace.api;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import java.util.ArrayList;
import java.util.List;

/** Checks the page and size query parameters every list takes. */
final class Paging {

    static final int MAX_SIZE = 100;

    private Paging() {
    }

    static PageRequest of(int page, int size, Sort sort) {
        var problems = new ArrayList<ApiError.Detail>();
        if (page < 0) {
            problems.add(ApiError.Detail.field("page", "The first page is 0."));
        }
        if (size < 1 || size > MAX_SIZE) {
            problems.add(ApiError.Detail.field("size", "A page has 1 to " + MAX_SIZE + " items."));
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException("Ask for a page that can exist.", problems);
        }
        return PageRequest.of(page, size, sort);
    }

    /** An unpaged list (an article's annotations, suggestions, matches) in the same shape as a page. */
    static <T> PageJson<T> whole(List<T> items) {
        return new PageJson<>(items, 0, items.size(), (long) items.size());
    }
}
