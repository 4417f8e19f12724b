package org.claimtrace.attribution;

import java.util.Optional;
import java.util.Set;

/**
 * What an attribution type says about the other fields: the on-record status it implies (an anonymous type
 * is anonymous, a named person is on the record) and which of the finer sourcing fields it asks the editor
 * to look for (an anonymous source: why, and how they know). Types an admin added imply nothing.
 */
public final class TypeImplications {

    /** A sourcing field the type asks for, named as in {@link Attribution}. */
    public enum Field { ANONYMITY_REASON, BASIS_OF_KNOWLEDGE, RELAYED_VIA, SOURCE_NAME }

    private TypeImplications() {
    }

    public static Optional<OnRecord> onRecord(String typeCode) {
        return type(typeCode).flatMap(type -> switch (type) {
            case NAMED_PERSON, NAMED_INSTITUTION -> Optional.of(OnRecord.ON_RECORD);
            case ANONYMOUS_DESCRIBED, ANONYMOUS_VAGUE -> Optional.of(OnRecord.ANONYMOUS);
            default -> Optional.empty();
        });
    }

    public static Set<Field> asks(String typeCode) {
        return type(typeCode).map(type -> switch (type) {
            case ANONYMOUS_DESCRIBED, ANONYMOUS_VAGUE -> Set.of(Field.ANONYMITY_REASON, Field.BASIS_OF_KNOWLEDGE);
            case OTHER_OUTLET -> Set.of(Field.RELAYED_VIA);
            case NAMED_PERSON -> Set.of(Field.SOURCE_NAME);
            default -> Set.<Field>of();
        }).orElse(Set.of());
    }

    /** Fills what the type implies into an attribution that leaves it empty; an editor's own choice stays. */
    public static Attribution filled(Attribution attribution) {
        var result = attribution.copy();
        if (result.getOnRecord() == null) {
            onRecord(result.getTypeCode()).ifPresent(result::setOnRecord);
        }
        return result;
    }

    private static Optional<AttributionType> type(String code) {
        if (code == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(AttributionType.valueOf(code));
        } catch (IllegalArgumentException custom) {
            return Optional.empty();
        }
    }
}
