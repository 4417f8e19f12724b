package org.claimtrace.help.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.claimtrace.KaribuTest;
import org.claimtrace.attribution.AttributionType;
import org.claimtrace.security.Role;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

class HelpViewTest extends KaribuTest {

    @Test
    void everyAttributionTypeIsExplainedWithAnExample() {
        login("vera", Role.Names.VIEWER);
        UI.getCurrent().navigate("help");
        var types = _get(Div.class, spec -> spec.withId("help-types"));
        assertThat(_find(types, Div.class, spec -> spec.withClasses("help-type"))).hasSize(AttributionType.values().length);
        assertThat(types.getElement().getTextRecursively()).contains("Anonymous, described")
                .contains("according to officials briefed on the intelligence reports");
        assertThat(HelpView.EXAMPLES.keySet()).containsExactlyInAnyOrder(
                java.util.Arrays.stream(AttributionType.values()).map(Enum::name).toArray(String[]::new));
    }

    @Test
    void theExamplesSaidToComeFromTheSeedsAreInThem() throws Exception {
        var seeds = Files.readString(Path.of("seeds/000_f4194aa40a5762b1.txt"), StandardCharsets.UTF_8)
                + Files.readString(Path.of("seeds/004_67ecabca6ce82094.txt"), StandardCharsets.UTF_8);
        for (var example : HelpView.EXAMPLES.values()) {
            if (example.startsWith("Not in the seeds")) {
                continue;
            }
            // the quoted words between the ellipses are the seed's own
            var quoted = example.substring(example.indexOf('\u201c') + 1, example.lastIndexOf('\u201d'));
            for (var piece : quoted.split("\u2026")) {
                var words = piece.replace('\u2018', '\u201c').replace('\u2019', '\u201d').strip();
                if (words.length() > 12) {
                    assertThat(seeds.replace('\u2019', '\u201d')).as(example).contains(words.replace("\u201d", "\u201d"));
                }
            }
        }
    }
}
