package org.claimtrace.api;

import org.claimtrace.article.OutletKind;
import org.claimtrace.article.OutletService;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Outlets by name, for the answers whose source (list rows, matches, first appearances) knows only an
 * outlet's name: every endpoint shows an outlet as {id, name, kind}. Outlets are few; one query per request.
 */
@Component
class OutletDirectory {

    private final OutletService outlets;

    OutletDirectory(OutletService outlets) {
        this.outlets = outlets;
    }

    Function<String, OutletJson> lookup() {
        Map<String, OutletJson> byName = outlets.list().stream().map(OutletJson::of)
                .collect(Collectors.toMap(o -> key(o.name()), o -> o, (a, b) -> a));
        return name -> name == null ? null : byName.getOrDefault(key(name), new OutletJson(null, name, OutletKind.OTHER));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
