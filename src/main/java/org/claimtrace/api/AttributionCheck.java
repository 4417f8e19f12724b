package org.claimtrace.api;

import jakarta.validation.Validator;
import org.claimtrace.attribution.Attribution;
import org.springframework.stereotype.Component;

/**
 * The attribution form's field rules (lengths, number of sources) for attributions sent to the API,
 * where no form binder checks them. Whether the type is in the tagset is the service's check.
 */
@Component
class AttributionCheck {

    private final Validator validator;

    AttributionCheck(Validator validator) {
        this.validator = validator;
    }

    Attribution checked(AttributionJson json) {
        var attribution = json.toAttribution();
        var details = validator.validate(attribution).stream()
                .map(v -> ApiError.Detail.field("attribution." + jsonName(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(java.util.Comparator.comparing(ApiError.Detail::field))
                .toList();
        if (!details.isEmpty()) {
            throw new BadRequestException("The attribution has fields that are not acceptable.", details);
        }
        return attribution;
    }

    private static String jsonName(String property) {
        return property.equals("typeCode") ? "type" : property;
    }
}
