package org.claimtrace.annotation;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** A page that starts at any row, as a lazy grid asks for them (its offsets need not be multiples of the size). */
record OffsetPage(long offset, int limit) implements Pageable {

    @Override public int getPageNumber() { return (int) (offset / Math.max(limit, 1)); }
    @Override public int getPageSize() { return limit; }
    @Override public long getOffset() { return offset; }
    @Override public Sort getSort() { return Sort.unsorted(); }
    @Override public Pageable next() { return new OffsetPage(offset + limit, limit); }
    @Override public Pageable previousOrFirst() { return new OffsetPage(Math.max(0, offset - limit), limit); }
    @Override public Pageable first() { return new OffsetPage(0, limit); }
    @Override public Pageable withPage(int pageNumber) { return new OffsetPage((long) pageNumber * limit, limit); }
    @Override public boolean hasPrevious() { return offset > 0; }
}
