package org.claimtrace.matching;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strips what a pasted tweet or social post carries besides its claim: links, the "— Name (@handle) date"
 * line that embedded tweets end with, and the '#' and '@' marks. Hashtags and handles are kept as words
 * ("#AustralianFires" becomes "Australian Fires") because they often name the subject of the claim;
 * the checkthat benchmark measures this against dropping them.
 */
public final class QueryTextCleaner {

    private static final Pattern EMBED_SIGNATURE = Pattern.compile(
            "\\s*[—–]\\s*[^—–]{0,80}\\(@\\w+\\)\\s*[A-Z][a-z]+ \\d{1,2}, \\d{4}\\s*\"?\\s*$");
    private static final Pattern LINK = Pattern.compile(
            "(https?://\\S+|pic\\.twitter\\.com/\\S+|www\\.\\S+|\\S+\\.(com|org|net|ly)/\\S*)");
    private static final Pattern HASHTAG = Pattern.compile("#(\\w+)");
    private static final Pattern MENTION = Pattern.compile("@(\\w+)");
    private static final Pattern CAMEL_BOUNDARY = Pattern.compile("(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\\d)|(?<=\\d)(?=[A-Za-z])|_");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Pattern AUTHOR = Pattern.compile("\\s*[—–]\\s*([^—–]{0,80})\\(@\\w+\\)\\s*[A-Z][a-z]+ \\d{1,2}, \\d{4}\\s*\"?\\s*$");

    private final boolean keepHandles;
    private final boolean keepAuthor;

    private QueryTextCleaner(boolean keepHandles, boolean keepAuthor) {
        this.keepHandles = keepHandles;
        this.keepAuthor = keepAuthor;
    }

    /** Keeps hashtags and @handles as words; drops the embedded-tweet signature. */
    public static QueryTextCleaner keepingTagsAsWords() {
        return new QueryTextCleaner(true, false);
    }

    /** Keeps hashtags as words but drops @handles and the signature. */
    public static QueryTextCleaner droppingHandles() {
        return new QueryTextCleaner(false, false);
    }

    /** As {@link #keepingTagsAsWords()}, but keeps the author's display name from the signature (claims are often "X said ..."). */
    public static QueryTextCleaner keepingAuthor() {
        return new QueryTextCleaner(true, true);
    }

    static QueryTextCleaner byName(String name) {
        return switch (name) {
            case "keep-tags" -> keepingTagsAsWords();
            case "drop-handles" -> droppingHandles();
            case "keep-author" -> keepingAuthor();
            default -> throw new IllegalArgumentException("unknown cleaner " + name);
        };
    }

    public String clean(String raw) {
        String text = raw.replace("&amp;", "&").replace("\"\"", "\"");
        text = keepAuthor
                ? AUTHOR.matcher(text).replaceAll(m -> Matcher.quoteReplacement(" " + m.group(1)))
                : EMBED_SIGNATURE.matcher(text).replaceAll("");
        text = LINK.matcher(text).replaceAll(" ");
        text = HASHTAG.matcher(text).replaceAll(m -> Matcher.quoteReplacement(" " + splitWords(m.group(1)) + " "));
        text = MENTION.matcher(text).replaceAll(m -> keepHandles ? Matcher.quoteReplacement(" " + splitWords(m.group(1)) + " ") : " ");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static String splitWords(String tag) {
        return CAMEL_BOUNDARY.matcher(tag).replaceAll(" ");
    }
}
