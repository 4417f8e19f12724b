package org.claimtrace.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.util.Random;

class TagColoursTest {

    private static void readableInBothThemes(String colour) {
        var c = TagColours.of(colour);
        assertThat(TagColours.contrast(TagColours.LIGHT_TEXT, TagColours.parse(c.lightBackground()))).as(colour + " light text")
                .isGreaterThanOrEqualTo(TagColours.TEXT_CONTRAST);
        assertThat(TagColours.contrast(TagColours.DARK_TEXT, TagColours.parse(c.darkBackground()))).as(colour + " dark text")
                .isGreaterThanOrEqualTo(TagColours.TEXT_CONTRAST);
        assertThat(TagColours.contrast(TagColours.LIGHT_PAGE, TagColours.parse(c.lightBand()))).as(colour + " light band")
                .isGreaterThanOrEqualTo(TagColours.BAND_CONTRAST);
        assertThat(TagColours.contrast(TagColours.DARK_PAGE, TagColours.parse(c.darkBand()))).as(colour + " dark band")
                .isGreaterThanOrEqualTo(TagColours.BAND_CONTRAST);
    }

    @Test
    void everyDefaultTypeKeepsTextAtAaAndItsBandVisibleInLightAndDark() {
        for (var type : AttributionType.values()) {
            readableInBothThemes(type.defaultColour());
        }
    }

    @Test
    void anyColourAnAdminPicksIsMadeReadable() {
        var random = new Random(16);
        for (int i = 0; i < 2000; i++) {
            readableInBothThemes(String.format("#%06X", random.nextInt(0x1000000)));
        }
        readableInBothThemes("#FFFFFF");
        readableInBothThemes("#000000");
    }

    @Test
    void thePaleAnonymousDescribedYellowGetsADarkerBandThanItsOwnColour() {
        var yellow = TagColours.of(AttributionType.ANONYMOUS_DESCRIBED.defaultColour());
        assertThat(yellow.lightBand()).isNotEqualTo(AttributionType.ANONYMOUS_DESCRIBED.defaultColour());
        assertThat(TagColours.contrast(TagColours.LIGHT_PAGE, TagColours.parse(AttributionType.ANONYMOUS_DESCRIBED.defaultColour())))
                .isLessThan(TagColours.BAND_CONTRAST);
        // the tint behind the text is stronger than the old 22 %: distinct from the page
        assertThat(TagColours.contrast(TagColours.LIGHT_PAGE, TagColours.parse(yellow.lightBackground()))).isGreaterThan(1.2);
    }

    @Test
    void onlyHexColoursReachAStyle() {
        assertThat(TagColours.safe("red;background:url(x)")).isEqualTo("#888888");
        assertThat(TagColours.of("javascript:alert(1)").background()).startsWith("light-dark(#");
    }
}
