package org.claimtrace.attribution;

import org.claimtrace.article.TextNormalizer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test fixture: the evaluation articles, normalised exactly as the app stores them on import. */
final class ArticleText {

    static final String NYT_SEED = "000_f4194aa40a5762b1.txt";
    static final String GZERO_SEED = "004_67ecabca6ce82094.txt";
    static final String HELD_OUT = "heldout_copper_mine.txt";

    private ArticleText() {
    }

    /** The outlet each evaluation article ran in, as the app would hold it (the seeds' .properties). */
    static String outletOf(String fileName) {
        return switch (fileName) {
            case NYT_SEED -> "The New York Times";
            case GZERO_SEED -> "GZERO Media";
            case HELD_OUT -> "The Ledger";
            default -> "";
        };
    }

    static String normalise(String raw) {
        return TextNormalizer.normalize(raw);
    }

    /** A seed from the top-level seeds/ folder (on the classpath as /seeds), or a held-out article from test resources. */
    static String load(String fileName) {
        var path = fileName.equals(HELD_OUT) ? "/attribution/" + fileName : "/seeds/" + fileName;
        try (InputStream in = ArticleText.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test article " + fileName);
            }
            return normalise(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
