package org.claimtrace.api;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.claimtrace.report.ReportService;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The OpenAPI document at /api/docs (and /api/docs.yaml), with Swagger UI beside it at /api/docs/ui: what a script
 * writer reads first, and what generic clients and validators check answers against. Beyond what springdoc infers
 * it says which fields may be null (JSpecify {@code @Nullable} on our records), every refusal with the error shape
 * ({@link Refuses}), and concrete media types.
 */
@Configuration
class ApiDocsConfig {

    static final String ERROR_SCHEMA = "ApiError";

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

    private static final Map<HttpStatus, String> REFUSALS = Map.of(
            HttpStatus.BAD_REQUEST, "Not well-formed: a parameter or field missing or of the wrong type (details name it)",
            HttpStatus.UNAUTHORIZED, "No or wrong credentials (HTTP Basic: user name and password or API token)",
            HttpStatus.FORBIDDEN, "Your role does not allow this",
            HttpStatus.NOT_FOUND, "Nothing there with that id or name",
            HttpStatus.CONFLICT, "A duplicate, an annotation already in a claim, or a change made meanwhile (send the current version)",
            HttpStatus.UNPROCESSABLE_CONTENT, "Refused by the rules; the message says why, details per field or line");

    @Bean
    OpenAPI claimtraceApi() {
        return new OpenAPI()
                .info(new Info().title("Claimtrace HTTP API").version("1").description(DESCRIPTION))
                .components(new Components().addSecuritySchemes("basic", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("User name, and the password or a personal API token")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    /** 400 and 401 everywhere, 403 on changes, and the endpoint's own {@link Refuses}, each with the error shape. */
    @Bean
    OperationCustomizer refusals() {
        return (operation, handler) -> {
            var statuses = new ArrayList<>(List.of(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED));
            if (!handler.hasMethodAnnotation(GetMapping.class)) {
                statuses.add(HttpStatus.FORBIDDEN);
            }
            var refuses = handler.getMethodAnnotation(Refuses.class);
            if (refuses != null) {
                statuses.addAll(List.of(refuses.value()));
            }
            statuses.forEach(status -> refusal(operation, status));
            return operation;
        };
    }

    private static void refusal(Operation operation, HttpStatus status) {
        var error = new Schema<>().$ref("#/components/schemas/" + ERROR_SCHEMA);
        operation.getResponses().addApiResponse(Integer.toString(status.value()), new ApiResponse()
                .description(REFUSALS.getOrDefault(status, status.getReasonPhrase()))
                .content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                        new MediaType().schema(error))));
    }

    /** The error shape as a component, and the nullable fields of our records typed as such. */
    @Bean
    OpenApiCustomizer errorShapeAndNullableFields() {
        return openApi -> {
            var schemas = openApi.getComponents().getSchemas();
            var resolved = ModelConverters.getInstance(true).readAllAsResolvedSchema(ApiError.class);
            schemas.putAll(resolved.referencedSchemas);
            schemas.put(ERROR_SCHEMA, resolved.schema);
            var records = records();
            schemas.forEach((name, schema) -> recordNamed(name, records).ifPresent(type -> nullable(type, schema)));
            openApi.getComponents().setSchemas(new TreeMap<>(schemas));
        };
    }

    /** Our JSON records (of the API and the reports it serves) by simple name, as springdoc names their schemas. */
    private static Map<String, Class<?>> records() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter((reader, factory) -> "java.lang.Record".equals(reader.getClassMetadata().getSuperClassName()));
        var records = new LinkedHashMap<String, Class<?>>();
        var candidates = new ArrayList<>(scanner.findCandidateComponents(ApiDocsConfig.class.getPackageName()));
        candidates.addAll(scanner.findCandidateComponents(ReportService.class.getPackageName()));
        for (var candidate : candidates) {
            var type = ClassUtils.resolveClassName(candidate.getBeanClassName(), ApiDocsConfig.class.getClassLoader());
            records.put(type.getSimpleName(), type);
        }
        return records;
    }

    /** A generic record's schemas are named after it and its type arguments (PageJsonClaimSummaryJson). */
    private static java.util.Optional<Class<?>> recordNamed(String name, Map<String, Class<?>> records) {
        var exact = records.get(name);
        if (exact != null) {
            return java.util.Optional.of(exact);
        }
        return records.values().stream().filter(r -> r.getTypeParameters().length > 0 && name.startsWith(r.getSimpleName())).findFirst();
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void nullable(Class<?> record, Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        for (var component : record.getRecordComponents()) {
            boolean nullable = component.getAnnotatedType().isAnnotationPresent(Nullable.class)
                    || component.isAnnotationPresent(Nullable.class);
            Schema property = schema.getProperties().get(component.getName());
            if (!nullable || property == null) {
                continue;
            }
            if (property.get$ref() != null) {
                Schema reference = new Schema<>().$ref(property.get$ref());
                Schema none = new Schema<>();
                none.addType("null");
                Schema either = new Schema<>().anyOf(List.of(reference, none));
                either.setDescription(property.getDescription());
                schema.getProperties().put(component.getName(), either);
                continue;
            }
            if ((property.getTypes() == null || property.getTypes().isEmpty()) && property.getType() != null) {
                property.addType(property.getType());
            }
            property.addType("null");
            if (property.getEnum() != null && !property.getEnum().contains(null)) {
                property.getEnum().add(null);
            }
        }
    }
}
