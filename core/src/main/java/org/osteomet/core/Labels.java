package org.osteomet.core;

import java.util.Locale;

/** Derives the display labels of the enums from their constant names. */
final class Labels {
    private Labels() {}

    /** Returns the constant's name as lower-case words: {@code LESS_COMMON} becomes {@code less common}. */
    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
