package org.claimtrace.attribution;

/** What a line of the normalised article text is, as far as claim detection cares. */
enum LineKind {
    /** A paragraph of article body: every checkable sentence on it is a candidate. */
    BODY,
    /** A photo caption or credit line: only sentences with an explicit attribution cue are candidates. */
    CAPTION,
    /** Headline, byline, teaser or other short furniture: only cue-bearing sentences are candidates. */
    SHORT,
    /** After an end marker such as "More from GZERO Media" or "Comments": not the article any more. */
    AFTER_END
}
