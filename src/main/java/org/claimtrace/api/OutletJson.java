package org.claimtrace.api;

import org.claimtrace.article.Outlet;
import org.claimtrace.article.OutletKind;

/** An outlet as every endpoint shows it. */
record OutletJson(Long id, String name, OutletKind kind) {

    static OutletJson of(Outlet outlet) {
        return new OutletJson(outlet.getId(), outlet.getName(), outlet.getKind());
    }
}
