package org.claimtrace.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimtrace.attribution.Attribution;
import org.junit.jupiter.api.Test;

import java.util.List;

class ClaimantKindTest {

    @Test
    void theArticlesDecideWhenTheyNameTheClaimantAsASource() {
        assertThat(ClaimantKind.of("John Kirby", List.of(appearance("NAMED_PERSON", "John Kirby")))).isEqualTo("Person");
        assertThat(ClaimantKind.of("the Foreign Office", List.of(appearance("NAMED_INSTITUTION", "Foreign Office")))).isEqualTo("Organization");
        assertThat(ClaimantKind.of("KCNA", List.of(appearance("STATE_MEDIA", "kcna")))).isEqualTo("Organization");
    }

    @Test
    void otherwiseWordsThatNameABodyOrAGroupMakeAnOrganisationAndTheRestAPerson() {
        assertThat(ClaimantKind.of("Ministry of Water", List.of())).isEqualTo("Organization");
        assertThat(ClaimantKind.of("The White House", List.of())).isEqualTo("Organization");
        assertThat(ClaimantKind.of("American and allied officials", List.of())).isEqualTo("Organization");
        assertThat(ClaimantKind.of("Vladimir Putin", List.of())).isEqualTo("Person");
        assertThat(ClaimantKind.of("Officer Jane Doe", List.of())).as("a word inside another is no match").isEqualTo("Person");
    }

    private static Attribution appearance(String type, String sourceName) {
        var attribution = new Attribution(type);
        attribution.setSourceName(sourceName);
        return attribution;
    }
}
