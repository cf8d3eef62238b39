package org.osteomet.content;

import java.util.Objects;

/**
 * A problem found while reading content: where it is, which rule it breaks and what to do about it.
 *
 * @param file path of the file relative to the content folder, with {@code /} separators
 * @param location line and column in the file
 * @param pointer RFC 6901 JSON Pointer to the value, {@code ""} for the whole document
 * @param rule id of the broken rule, such as {@code json/duplicate-key}
 * @param message a sentence a content editor understands
 */
public record ContentProblem(String file, Location location, String pointer, String rule, String message) {
    /**
     * Creates a problem.
     *
     * @param file path of the file relative to the content folder, with {@code /} separators
     * @param location line and column in the file
     * @param pointer RFC 6901 JSON Pointer to the value, {@code ""} for the whole document
     * @param rule id of the broken rule, such as {@code json/duplicate-key}
     * @param message a sentence a content editor understands
     * @throws NullPointerException if any component is null
     */
    public ContentProblem {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(location, "location must not be null");
        Objects.requireNonNull(pointer, "pointer must not be null");
        Objects.requireNonNull(rule, "rule must not be null");
        Objects.requireNonNull(message, "message must not be null");
    }

    /** Returns the problem as {@code file:line:column: [rule] pointer: message}. */
    @Override
    public String toString() {
        return file + ":" + location.line() + ":" + location.column() + ": [" + rule + "] "
                + (pointer.isEmpty() ? "" : pointer + ": ") + message;
    }
}
