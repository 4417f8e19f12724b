package org.claimtrace.reader.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.virtuallist.VirtualList;
import org.claimtrace.annotation.ClaimAnnotation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The claims list's rows as the browser shows their text (a VirtualList renders rows only on the client, from the
 * values its Lit renderer sends per row; an empty value is a hidden part).
 */
final class ClaimListRows {

    private static final List<String> TEXT_PARTS = List.of("tag", "linked", "changed", "quote", "source");

    private ClaimListRows() {
    }

    @SuppressWarnings("unchecked")
    static List<String> texts() {
        VirtualList<ClaimAnnotation> list = _get(VirtualList.class, spec -> spec.withClasses("claim-virtual-list"));
        var claims = _get(ClaimList.class);
        var values = claims.rows().getValueProviders();
        return list.getDataProvider().fetch(new com.vaadin.flow.data.provider.Query<>())
                .map(item -> TEXT_PARTS.stream().map(part -> String.valueOf(values.get(part).apply(item))).collect(Collectors.joining()))
                .toList();
    }
}
