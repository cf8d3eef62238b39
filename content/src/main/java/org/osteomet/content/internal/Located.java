package org.osteomet.content.internal;

import java.util.Objects;

/**
 * A record read from content, with the file and JSON Pointer it came from.
 *
 * @param value the record
 * @param file path relative to the content folder
 * @param pointer JSON Pointer of the record in that file
 * @param <T> the record type
 */
public record Located<T>(T value, String file, String pointer) {
    /**
     * Creates a located record.
     *
     * @param value the record
     * @param file path relative to the content folder
     * @param pointer JSON Pointer of the record in that file
     * @throws NullPointerException if any component is null
     */
    public Located {
        Objects.requireNonNull(value, "value must not be null");
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(pointer, "pointer must not be null");
    }
}
