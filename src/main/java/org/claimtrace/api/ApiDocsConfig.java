package org.claimtrace.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /api/docs (and /api/docs.yaml): what a script writer reads first. */
@Configuration
class ApiDocsConfig {

    private static final String DESCRIPTION = """
            JSON over HTTP for scripts and newsroom systems: the same operations, roles and checks as the UI.

            **Authentication**: HTTP Basic on every call (no session, no CSRF token): your user name, and as the \
            password either your password or a personal API token from *My account* (`ct_…`). Missing or wrong \
            credentials: 401 with `WWW-Authenticate: Basic realm="Claimtrace"`. A role that may not do something: \
            403. Reading needs any role; importing, annotating and linking need EDITOR or ADMIN.

            **Offsets**: `start` and `end` in this JSON are **UTF-16 code units** into the article's normalised \
            `text` (JavaScript and Java string indices): an emoji before a span counts 2. The W3C Web Annotation \
            JSON-LD export counts Unicode code points instead, as that model requires.

            **Lists** come as `{items, page, size, total?}`; `page` starts at 0, `size` is 1 to 100.

            **Errors** come as `{status, error, message, details: [{line?, field?, message}]}`: 400 a request \
            that is not well-formed, 404 nothing there, 409 a duplicate or a change made meanwhile (send the \
            current `version`), 422 a request the rules refuse (the message says why).""";

    @Bean
    OpenAPI claimtraceApi() {
        return new OpenAPI()
                .info(new Info().title("Claimtrace HTTP API").version("1").description(DESCRIPTION))
                .components(new Components().addSecuritySchemes("basic", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("User name, and the password or a personal API token")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
