package org.claimtrace.reader;

import org.claimtrace.annotation.ClaimAnnotation;
import org.claimtrace.attribution.ClaimSuggestion;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * An article's live annotations and pending suggestions as read once on this node after a change, for every open
 * reader of it ({@link ArticleReads}). The highlighted text is rendered once per way of showing it (which
 * annotation is selected, suggestions shown or not, the tag colours) and shared. Nothing in it is private to a
 * user: any reader may read an article's annotations; only editors are shown the suggestions. The annotations are
 * read-only here: a reader copies what it edits into its form.
 */
public final class ArticleSnapshot {

    private final long articleId;
    private final long sequence;
    private final List<ClaimAnnotation> annotations;
    private final List<ClaimSuggestion> pending;
    private final Map<String, String> markup = new ConcurrentHashMap<>();

    ArticleSnapshot(long articleId, long sequence, List<ClaimAnnotation> annotations, List<ClaimSuggestion> pending) {
        this.articleId = articleId;
        this.sequence = sequence;
        this.annotations = List.copyOf(annotations);
        this.pending = List.copyOf(pending);
    }

    public long articleId() {
        return articleId;
    }

    /** Later reads have higher numbers: a reader ignores one older than what it shows. */
    public long sequence() {
        return sequence;
    }

    public List<ClaimAnnotation> annotations() {
        return annotations;
    }

    /** The detector's suggestions no annotation covers and nobody dismissed: for editors. */
    public List<ClaimSuggestion> pending() {
        return pending;
    }

    /** The text's markup for one way of showing it ({@code key} says which), rendered by the first reader that asks. */
    public String markup(String key, Supplier<String> render) {
        return markup.computeIfAbsent(key, k -> render.get());
    }
}
