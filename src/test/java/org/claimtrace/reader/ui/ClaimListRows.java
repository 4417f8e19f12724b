package org.claimtrace.reader.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.virtuallist.VirtualList;
import org.claimtrace.annotation.ClaimAnnotation;

import java.util.List;

/** The claims list's rows as the browser renders them (a VirtualList renders rows only on the client). */
final class ClaimListRows {

    private ClaimListRows() {
    }

    @SuppressWarnings("unchecked")
    static List<String> texts() {
        VirtualList<ClaimAnnotation> list = _get(VirtualList.class, spec -> spec.withClasses("claim-virtual-list"));
        var claims = _get(ClaimList.class);
        return list.getDataProvider().fetch(new com.vaadin.flow.data.provider.Query<>()).map(item -> claims.row(item).getElement().getTextRecursively()).toList();
    }
}
