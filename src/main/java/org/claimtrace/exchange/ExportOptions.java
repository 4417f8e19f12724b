package org.claimtrace.exchange;

/**
 * How an export is written.
 *
 * @param includeText        the quote, its context and the previous wording; off to share annotations without
 *                           republishing the articles' text
 * @param rowPerLink         one row per claim link (claim columns first, linked annotations only) instead of
 *                           one per annotation
 * @param byteOrderMark      a UTF-8 BOM, which Excel needs to read UTF-8
 * @param neutraliseFormulas {@link FormulaGuard}; off for machine consumers that want the raw values
 */
public record ExportOptions(boolean includeText, boolean rowPerLink, boolean byteOrderMark, boolean neutraliseFormulas) {

    public static final ExportOptions DEFAULT = new ExportOptions(true, false, false, true);
}
