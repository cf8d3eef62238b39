package org.osteomet.core;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Argument checks shared by the record constructors; messages name the field. */
final class Checks {
    static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    static final int MAX_ID_LENGTH = 120;

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
        if (value.length() > MAX_ID_LENGTH || !ID.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    field + " must be kebab-case (a-z, 0-9, single hyphens), at most " + MAX_ID_LENGTH + " characters");
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
