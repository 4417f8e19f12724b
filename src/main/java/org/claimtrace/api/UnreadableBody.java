package org.claimtrace.api;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Why a request body could not be read, said for a script's author: the field, what it should be, where. */
record UnreadableBody(String message, List<ApiError.Detail> details) {

    static UnreadableBody explain(HttpMessageNotReadableException e) {
        var cause = e.getMostSpecificCause();
        if (!(cause instanceof JacksonException jackson)) {
            return new UnreadableBody("The request body is missing or not JSON.", List.of());
        }
        var field = field(jackson);
        var where = where(jackson);
        if (jackson instanceof StreamReadException && !(jackson instanceof MismatchedInputException)) {
            return new UnreadableBody("The request body is not valid JSON" + where + ".", List.of());
        }
        if (jackson instanceof UnrecognizedPropertyException) {
            return problem(field, "is not a field of this request");
        }
        if (jackson instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return problem(field, "must be " + expected(mismatch.getTargetType()));
        }
        return new UnreadableBody("The request body is not JSON of the expected shape" + where + ".", List.of());
    }

    private static UnreadableBody problem(String field, String what) {
        var name = field.isEmpty() ? "The request body" : "\u201c" + field + "\u201d";
        return new UnreadableBody(name + " " + what + ".", List.of(ApiError.Detail.field(field.isEmpty() ? null : field, what)));
    }

    private static String expected(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number, written without quotes or a fraction (e.g. 42)";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (type == String.class) {
            return "a text in quotes";
        }
        if (type.isArray() || List.class.isAssignableFrom(type) || java.util.Collection.class.isAssignableFrom(type)) {
            return "a list in [ ]";
        }
        if (type.isRecord() || !type.getName().startsWith("java.")) {
            return "an object in { }";
        }
        return "of another type (" + type.getSimpleName().toLowerCase(Locale.ROOT) + ")";
    }

    /** The JSON path of the field, e.g. attribution.type or annotationIds[2]. */
    private static String field(JacksonException e) {
        var path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String where(JacksonException e) {
        var location = e.getLocation();
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
