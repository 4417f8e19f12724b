package org.claimtrace.annotation;

import org.claimtrace.base.RejectedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the reader (and the API) accept as a selection. */
class SelectionsTest {

    private static final String TEXT = "Launch \uD83D\uDE80 the rocket failed.";

    @Test
    void aSelectionStartingOrEndingInsideAnEmojiIsRefused() {
        int inside = TEXT.indexOf('\uDE80');
        assertThatThrownBy(() -> Selections.confirm(TEXT, inside, TEXT.length(), null))
                .isInstanceOf(RejectedException.class).hasMessageContaining("start (" + inside + ")");
        assertThatThrownBy(() -> Selections.confirm(TEXT, 0, inside, null))
                .isInstanceOf(RejectedException.class).hasMessageContaining("end (" + inside + ")");
    }

    @Test
    void aSelectionAroundTheWholeEmojiIsKept() {
        int before = TEXT.indexOf('\uD83D');
        assertThat(Selections.confirm(TEXT, before, before + 2, null).of(TEXT)).isEqualTo("\uD83D\uDE80");
        assertThat(Selections.splitsCharacter(TEXT, before)).isFalse();
        assertThat(Selections.splitsCharacter(TEXT, before + 1)).isTrue();
        assertThat(Selections.splitsCharacter(TEXT, before + 2)).isFalse();
    }
}
