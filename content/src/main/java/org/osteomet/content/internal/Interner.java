package org.osteomet.content.internal;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps one instance of each equal value read from a folder, such as a concept id that thousands of claims name.
 *
 * <p>Without it every claim holds its own copy of its subject, object and source ids, which for a million claims
 * is a few hundred megabytes of duplicates.
 */
final class Interner {
    private final ConcurrentHashMap<Object, Object> values = new ConcurrentHashMap<>();

    /** Returns the first instance seen that equals the value, or {@code null} for {@code null}. */
    @SuppressWarnings("unchecked")
    <T> T intern(T value) {
        return value == null ? null : (T) values.computeIfAbsent(value, v -> v);
    }
}
