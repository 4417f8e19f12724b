package org.claimtrace.attribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One hand-annotated claim from a gold TSV, anchored in its normalised article text. */
record GoldClaim(String article, int start, int end, String quote, AttributionType type, String cue,
        String sourceAsWritten) {

    /**
     * Reads a gold TSV (article, quote, type, cue, sourceAsWritten; "#" lines are comments). Each quote must
     * occur exactly once in its normalised article, so a stale fixture fails loudly instead of scoring wrong.
     */
    static List<GoldClaim> load(String resource) {
        List<GoldClaim> claims = new ArrayList<>();
        for (String line : lines(resource)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 5) {
                throw new IllegalStateException("expected 5 columns: " + line);
            }
            String text = ArticleText.load(f[0]);
            int start = text.indexOf(f[1]);
            if (start < 0 || text.indexOf(f[1], start + 1) >= 0) {
                throw new IllegalStateException("quote not found exactly once in " + f[0] + ": " + f[1]);
            }
            claims.add(new GoldClaim(f[0], start, start + f[1].length(), f[1], AttributionType.valueOf(f[2]), f[3],
                    f[4]));
        }
        return claims;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = GoldClaim.class.getResourceAsStream("/attribution/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no gold file " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
