package org.osteomet.validation.finding;

import java.util.Objects;

/**
 * Another place a finding involves, such as the other claim of a conflict.
 *
 * @param file path relative to the content folder, with {@code /} separators
 * @param line 1-based line
 * @param column 1-based column
 * @param pointer RFC 6901 JSON Pointer into the file
 * @param message what is there, such as {@code claim bisphosphonates-schedule-every-3-to-4-weeks}
 */
public record RelatedLocation(String file, int line, int column, String pointer, String message) {
    /**
     * Creates a related location.
     *
     * @param file path relative to the content folder, with {@code /} separators
     * @param line 1-based line
     * @param column 1-based column
     * @param pointer RFC 6901 JSON Pointer into the file
     * @param message what is there, such as {@code claim bisphosphonates-schedule-every-3-to-4-weeks}
     * @throws NullPointerException if the file, pointer or message is null
     * @throws IllegalArgumentException if the line or column is less than 1
     */
    public RelatedLocation {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(pointer, "pointer must not be null");
        Objects.requireNonNull(message, "message must not be null");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column must be at least 1");
        }
    }

    /** {@return the location as {@code file:line:col}} */
    public String position() {
        return file + ":" + line + ":" + column;
    }
}
