package org.claimtrace.article;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The one normalisation an article's text gets, once, at import: Unicode NFC, {@code \n} line ends, no
 * trailing whitespace on a line, runs of blank lines collapsed to one, no leading or trailing blank text.
 * Control characters other than tab and newline are dropped (a paste from a PDF brings form feeds).
 * Annotation offsets index into the result, so this must never change for stored texts.
 */
public final class TextNormalizer {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t]+$", Pattern.MULTILINE);
    private static final Pattern BLANK_LINE_RUN = Pattern.compile("\\n{3,}");

    private TextNormalizer() {
    }

    public static String normalize(String raw) {
        var text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        text = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace("\u2029", "\n\n");
        text = CONTROL.matcher(text).replaceAll("");
        text = TRAILING_SPACE.matcher(text).replaceAll("");
        text = BLANK_LINE_RUN.matcher(text).replaceAll("\n\n");
        return text.strip();
    }
}
