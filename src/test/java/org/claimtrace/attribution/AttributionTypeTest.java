package org.claimtrace.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class AttributionTypeTest {

    @Test
    void codesAreTheElevenOfTheDomainInTheirOrder() {
        assertEquals(List.of("NAMED_PERSON", "NAMED_INSTITUTION", "INTELLIGENCE", "DOCUMENT", "STATE_MEDIA",
                "ANONYMOUS_DESCRIBED", "ANONYMOUS_VAGUE", "OTHER_OUTLET", "OWN_REPORTING", "SOCIAL_POST",
                "UNATTRIBUTED"), Arrays.stream(AttributionType.values()).map(Enum::name).toList());
    }

    @Test
    void everyTypeHasANameAndItsOwnColour() {
        for (AttributionType t : AttributionType.values()) {
            assertTrue(t.defaultColour().matches("#[0-9A-F]{6}"), t.defaultColour());
            assertTrue(!t.defaultName().isBlank());
        }
        assertEquals(AttributionType.values().length,
                Arrays.stream(AttributionType.values()).map(AttributionType::defaultColour).distinct().count());
        assertEquals("Named person", AttributionType.NAMED_PERSON.defaultName());
    }
}
