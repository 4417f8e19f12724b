package org.claimtrace.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.claimtrace.article.Outlet;
import org.claimtrace.article.OutletKind;
import org.jspecify.annotations.Nullable;

/** An outlet as every endpoint shows it. */
record OutletJson(@Schema(description = "Null for an outlet not stored here") @Nullable Long id, String name,
                  @Schema(description = "Used only when an outlet of that name is created") @Nullable OutletKind kind) {

    static OutletJson of(Outlet outlet) {
        return new OutletJson(outlet.getId(), outlet.getName(), outlet.getKind());
    }
}
