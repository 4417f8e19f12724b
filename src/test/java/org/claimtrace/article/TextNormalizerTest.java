package org.claimtrace.article;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTest {

    @Test
    void lineEndsBecomeNewlinesAndTrailingSpacesGo() {
        assertThat(TextNormalizer.normalize("One  \r\nTwo\t\rThree")).isEqualTo("One\nTwo\nThree");
    }

    @Test
    void runsOfBlankLinesCollapseToOneAndEdgesAreTrimmed() {
        assertThat(TextNormalizer.normalize("\n\n  \nFirst\n\n\n\n  \nSecond\n\n")).isEqualTo("First\n\nSecond");
    }

    @Test
    void leadingSpacesInsideALineStay() {
        assertThat(TextNormalizer.normalize("A\n  indented  and   spaced")).isEqualTo("A\n  indented  and   spaced");
    }

    @Test
    void decomposedAccentsAreComposed() {
        var decomposed = "Caf\u0065\u0301";
        assertThat(TextNormalizer.normalize(decomposed)).isEqualTo("Caf\u00e9").hasSize(4);
    }

    @Test
    void controlCharactersFromPdfPastesAreDropped() {
        assertThat(TextNormalizer.normalize("Page\fone\u0000two")).isEqualTo("Pageonetwo");
    }

    @Test
    void normalisingTwiceChangesNothing() throws Exception {
        var seed = Files.readString(Path.of("seeds/000_f4194aa40a5762b1.txt"), StandardCharsets.UTF_8);
        var once = TextNormalizer.normalize(seed);
        assertThat(TextNormalizer.normalize(once)).isEqualTo(once);
        assertThat(once).doesNotContain("\n\n\n").doesNotContain(" \n").startsWith("This is Love");
    }

    @Test
    void hashIsSha256OfTheUtf8Text() {
        assertThat(ContentHash.of("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
