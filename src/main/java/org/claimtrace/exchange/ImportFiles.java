package org.claimtrace.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The checks every imported file passes before parsing: size, emptiness, text in UTF-8. */
final class ImportFiles {

    /** Large enough for a newsroom's archive of annotations, small enough to check twice in one go. */
    static final long MAX_BYTES = 100L * 1024 * 1024;

    private ImportFiles() {
    }

    /** Refuses a file that is too large, empty, or plainly not text; returns its first non-blank character. */
    static int check(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw FileRejectedException.of("The file is " + megabytes(size) + "; the limit is " + megabytes(MAX_BYTES)
                        + ". Split it (e.g. by outlet or date) and import the parts.");
            }
            try (InputStream in = Files.newInputStream(file)) {
                var head = in.readNBytes(8192);
                for (byte b : head) {
                    if (b == 0) {
                        throw FileRejectedException.of("This is not a text file (it holds binary data, or UTF-16 text). "
                                + "Import annotations.csv or a Web Annotation .jsonld file in UTF-8.");
                    }
                }
                for (int i = 0; i < head.length; i++) {
                    int c = head[i] & 0xff;
                    boolean bom = i < 3 && (c == 0xEF || c == 0xBB || c == 0xBF);
                    if (!bom && !Character.isWhitespace(c)) {
                        return c;
                    }
                }
            }
            throw FileRejectedException.of("The file is empty.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A reader that fails on bytes that are not UTF-8 rather than guessing. */
    static Reader utf8(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(Files.newInputStream(file), decoder);
    }

    static boolean isEncodingError(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    static String notUtf8(long afterLine) {
        return "The file is not UTF-8 text (a byte sequence after line " + afterLine + " is not valid UTF-8). "
                + "Save it as \"CSV UTF-8\" (Excel) or UTF-8 and import it again.";
    }

    private static String megabytes(long bytes) {
        return (bytes + 512 * 1024) / (1024 * 1024) + " MB";
    }
}
