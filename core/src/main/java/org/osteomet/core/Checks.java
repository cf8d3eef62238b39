package org.osteomet.core;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the record constructors; messages name the field. */
final class Checks {

    private Checks() {}

    static String notBlank(String value, String field) {
        Objects.requireNonNull(value, () -> field + " must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    static String id(String value, String field) {
        notBlank(value, field);
        if (value.length() > Ids.MAX_LENGTH || !Ids.isKebabCase(value)) {
            throw new IllegalArgumentException(field + " must be kebab-case (a-z, 0-9, single hyphens), at most "
                    + Ids.MAX_LENGTH + " characters");
        }
        return value;
    }

    static <T> T notNull(T value, String field) {
        return Objects.requireNonNull(value, () -> field + " must not be null");
    }

    static <T> List<T> list(List<T> values, String field) {
        Objects.requireNonNull(values, () -> field + " must not be null");
        for (T value : values) {
            Objects.requireNonNull(value, () -> field + " must not contain null");
        }
        return List.copyOf(values);
    }

    static List<String> strings(List<String> values, String field) {
        List<String> copy = list(values, field);
        for (String value : copy) {
            notBlank(value, field + " entries");
        }
        return copy;
    }
}
