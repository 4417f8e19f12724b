package org.claimtrace.exchange;

import java.util.regex.Pattern;

/**
 * Keeps spreadsheets from running cells as formulas (OWASP "CSV injection"): a cell that starts with
 * {@code = + - @}, a tab or a carriage return gets a leading apostrophe, which Excel, LibreOffice and
 * Google Sheets show as text. A plain number such as {@code -3}, {@code -3%} or {@code +1,200.5} is not a
 * formula and is left alone; {@code -2+3} is one and is neutralised.
 *
 * <p>The rule is reversible, so an import restores exactly what was exported: a cell whose text after any
 * leading apostrophes would trigger gets one more apostrophe on export and loses one on import (a quote
 * that itself begins {@code '=} survives the round trip).
 */
public final class FormulaGuard {

    private static final String TRIGGERS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?%?");

    private FormulaGuard() {
    }

    public static String neutralise(String cell) {
        return cell != null && triggers(cell, 0) ? "'" + cell : cell;
    }

    public static String restore(String cell) {
        return cell != null && !cell.isEmpty() && cell.charAt(0) == '\'' && triggers(cell, 1) ? cell.substring(1) : cell;
    }

    /** Whether the text after the apostrophes from {@code from} on would be run as a formula. */
    private static boolean triggers(String cell, int from) {
        int i = from;
        while (i < cell.length() && cell.charAt(i) == '\'') {
            i++;
        }
        if (i >= cell.length() || TRIGGERS.indexOf(cell.charAt(i)) < 0) {
            return false;
        }
        return !PLAIN_NUMBER.matcher(cell).region(i, cell.length()).matches();
    }
}
