package org.claimtrace.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void aLongTextIsCutAtAWordBoundary() {
        var text = "Kim Jong-un plans to travel to Russia this month to meet with President Vladimir V. Putin";
        assertThat(Snippets.cut(text, 40)).isEqualTo("Kim Jong-un plans to travel to Russia\u2026");
        assertThat(Snippets.cut("Short enough", 40)).isEqualTo("Short enough");
    }

    @Test
    void contextStartsAndEndsOnWholeWords() {
        assertThat(Snippets.before("ect. Get it sent to your inbox. ", false)).isEqualTo("\u2026Get it sent to your inbox. ");
        assertThat(Snippets.after(", the officials said. Mr. Ki", false)).isEqualTo(", the officials said. Mr.\u2026");
        assertThat(Snippets.before("At the start ", true)).isEqualTo("At the start ");
    }
}
