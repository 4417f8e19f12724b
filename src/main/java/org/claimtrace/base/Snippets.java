package org.claimtrace.base;

/** Text shortened for a list or a context line: at a word boundary, with "…" where something was left out. */
public final class Snippets {

    private static final String ELLIPSIS = "\u2026";

    private Snippets() {
    }

    /** The text, or its first whole words within {@code max} characters followed by "…". */
    public static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        var flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= max) {
            return flat;
        }
        var head = flat.substring(0, max - 1);
        int space = head.lastIndexOf(' ');
        // a single very long word is cut where it must be
        return (space > max / 2 ? head.substring(0, space) : head).strip() + ELLIPSIS;
    }

    /** Context before a quote, without the partial word it may start with: "…sent to your inbox. ". */
    public static String before(String prefix, boolean atTextStart) {
        if (prefix == null || prefix.isEmpty()) {
            return "";
        }
        if (atTextStart) {
            return prefix;
        }
        int space = firstSpace(prefix);
        return space < 0 ? ELLIPSIS : ELLIPSIS + prefix.substring(space + 1);
    }

    /** Context after a quote, without the partial word it may end with: " the officials said…". */
    public static String after(String suffix, boolean atTextEnd) {
        if (suffix == null || suffix.isEmpty()) {
            return "";
        }
        if (atTextEnd) {
            return suffix;
        }
        int space = lastSpace(suffix);
        return space < 0 ? ELLIPSIS : suffix.substring(0, space) + ELLIPSIS;
    }

    private static int firstSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastSpace(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
