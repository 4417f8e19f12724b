package org.claimtrace.attribution;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name of the outlet that published the article, in the forms its own text uses for itself: "The New York
 * Times", "New York Times", "The Times"; "The Washington Post", "The Post". Told to the detector so that
 * "satellite images reviewed by The Times" reads as the outlet's own reporting, not as a relay.
 */
record OutletName(Set<String> forms) {

    static final OutletName NONE = new OutletName(Set.of());

    static OutletName of(String name) {
        if (name == null || name.isBlank()) {
            return NONE;
        }
        String full = name.strip().toLowerCase(Locale.ROOT);
        Set<String> forms = new LinkedHashSet<>();
        forms.add(full);
        if (full.startsWith("the ")) {
            String bare = full.substring(4);
            forms.add(bare);
            String[] words = bare.split("\\s+");
            if (words.length > 1) {
                forms.add("the " + words[words.length - 1]); // "the times", "the post", "the journal"
            }
        }
        return new OutletName(Set.copyOf(forms));
    }

    /** Whether the lower-case source phrase names this outlet as a whole word sequence. */
    boolean isNamedIn(String lowerSource) {
        for (String form : forms) {
            if (Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(form) + "(?![\\p{L}\\p{N}])")
                    .matcher(lowerSource).find()) {
                return true;
            }
        }
        return false;
    }
}
