package org.claimtrace.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns an uploaded .txt, .md or .html file into text. Refuses, with a reason, what is not a text
 * article: too big, empty, binary, or bytes that do not decode.
 */
public final class ArticleFileReader {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final String ACCEPTED = ".txt, .md or .html";

    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]+)", Pattern.CASE_INSENSITIVE);

    private ArticleFileReader() {
    }

    public static ExtractedArticle read(String fileName, byte[] bytes) {
        var kind = kindOf(fileName);
        if (bytes.length > MAX_BYTES) {
            throw ArticleRejectedException.of("The file is %s; the limit is 5 MB.".formatted(megabytes(bytes.length)));
        }
        if (bytes.length == 0) {
            throw ArticleRejectedException.of("The file \u201c" + fileName + "\u201d is empty.");
        }
        if (looksBinary(bytes)) {
            throw ArticleRejectedException.of("\u201c" + fileName
                    + "\u201d looks like a binary file (a PDF, image, archive or word-processor file), not text. "
                    + "Save it as " + ACCEPTED + " and try again.");
        }
        var text = decode(bytes, kind == Kind.HTML);
        return kind == Kind.HTML ? HtmlArticleText.extract(text) : ExtractedArticle.textOnly(text);
    }

    private enum Kind { TEXT, HTML }

    private static Kind kindOf(String fileName) {
        var name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown")) {
            return Kind.TEXT;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Kind.HTML;
        }
        throw ArticleRejectedException.of("Only " + ACCEPTED + " files can be imported, not \u201c" + fileName + "\u201d.");
    }

    /** A NUL byte or a known binary signature in the first 8 KB: text files have neither. */
    static boolean looksBinary(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            return false; // UTF-16 with a byte-order mark has NULs but is text
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F') || startsWith(bytes, 0x89, 'P', 'N', 'G')
                || startsWith(bytes, 'P', 'K', 3, 4) || startsWith(bytes, 0xFF, 0xD8, 0xFF)
                || startsWith(bytes, 'G', 'I', 'F', '8') || startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            return true;
        }
        var end = Math.min(bytes.length, 8192);
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static String decode(byte[] bytes, boolean html) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strictDecode(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strictDecode(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strictDecode(bytes, 2, StandardCharsets.UTF_16BE);
        }
        var declared = html ? declaredCharset(bytes) : Optional.<Charset>empty();
        return strictDecode(bytes, 0, declared.orElse(StandardCharsets.UTF_8));
    }

    private static Optional<Charset> declaredCharset(byte[] bytes) {
        var head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
        var matcher = META_CHARSET.matcher(head);
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(matcher.group(1)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static String strictDecode(byte[] bytes, int offset, Charset charset) {
        var decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw ArticleRejectedException.of("The file is not valid " + charset.displayName()
                    + " text: some bytes cannot be read as characters. Save it as UTF-8 and try again.");
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
