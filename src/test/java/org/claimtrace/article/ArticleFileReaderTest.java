package org.claimtrace.article;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleFileReaderTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void plainTextIsReadAsIs() {
        var article = ArticleFileReader.read("story.txt", utf8("Officials said it.\n\nSecond paragraph."));
        assertThat(article.text()).isEqualTo("Officials said it.\n\nSecond paragraph.");
        assertThat(article.headline()).isNull();
    }

    @Test
    void htmlKeepsParagraphsAndDropsScriptsStylesAndNavigation() {
        var html = """
                <html lang="en"><head><title>Page title</title>
                <meta property="og:title" content="Kim to meet Putin">
                <meta name="author" content="Ann Writer">
                <meta property="article:published_time" content="2023-09-04T18:30:00-04:00">
                <link rel="canonical" href="https://example.org/kim">
                <style>p { color: red }</style><script>alert('x')</script></head>
                <body><nav>Home | World</nav><header>Site header</header>
                <article><h1>Kim to meet Putin</h1>
                <p>Kim Jong-un plans to travel, <b>officials</b> said.</p>
                <p>Second<br>line.</p><script>document.write('evil')</script></article>
                <footer>Copyright</footer></body></html>""";
        var article = ArticleFileReader.read("kim.html", utf8(html));
        assertThat(article.text()).isEqualTo("Kim to meet Putin\n\nKim Jong-un plans to travel, officials said.\n\nSecond\nline.");
        assertThat(article.headline()).isEqualTo("Kim to meet Putin");
        assertThat(article.byline()).isEqualTo("Ann Writer");
        assertThat(article.url()).isEqualTo("https://example.org/kim");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.published()).isNotNull();
        assertThat(article.published().toOffsetDateTime().getOffset().getTotalSeconds()).isEqualTo(-4 * 3600);
    }

    @Test
    void brokenHtmlStillGivesItsText() {
        var article = ArticleFileReader.read("broken.htm", utf8("<p>Unclosed <b>bold <p>Next <div>para"));
        assertThat(article.text()).isEqualTo("Unclosed bold\n\nNext\n\npara");
    }

    @Test
    void emptyFileIsRefused() {
        assertThatThrownBy(() -> ArticleFileReader.read("empty.txt", new byte[0]))
                .isInstanceOf(ArticleRejectedException.class).hasMessageContaining("empty");
    }

    @Test
    void fileOverFiveMegabytesIsRefused() {
        var big = new byte[ArticleFileReader.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThatThrownBy(() -> ArticleFileReader.read("big.txt", big))
                .isInstanceOf(ArticleRejectedException.class).hasMessageContaining("limit is 5 MB");
    }

    @Test
    void binaryFilesAreRefused() {
        var pdf = utf8("%PDF-1.7\n1 0 obj");
        var png = new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
        var withNul = new byte[]{'a', 'b', 0, 'c'};
        for (var bytes : new byte[][]{pdf, png, withNul}) {
            assertThatThrownBy(() -> ArticleFileReader.read("story.txt", bytes))
                    .isInstanceOf(ArticleRejectedException.class).hasMessageContaining("binary");
        }
    }

    @Test
    void undecodableBytesAreRefused() {
        var latin1 = "Caf\u00e9 society".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> ArticleFileReader.read("story.txt", latin1))
                .isInstanceOf(ArticleRejectedException.class).hasMessageContaining("not valid UTF-8");
    }

    @Test
    void declaredHtmlCharsetAndUtf16ByteOrderMarkAreHonoured() {
        var latin1Html = "<meta charset=\"iso-8859-1\"><p>Caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(TextNormalizer.normalize(ArticleFileReader.read("a.html", latin1Html).text())).isEqualTo("Caf\u00e9");
        var utf16 = "\uFEFFHello".getBytes(StandardCharsets.UTF_16LE);
        assertThat(ArticleFileReader.read("a.txt", utf16).text()).isEqualTo("Hello");
    }

    @Test
    void otherFileTypesAreRefused() {
        assertThatThrownBy(() -> ArticleFileReader.read("story.docx", utf8("text")))
                .isInstanceOf(ArticleRejectedException.class).hasMessageContaining(".txt, .md or .html");
    }
}
