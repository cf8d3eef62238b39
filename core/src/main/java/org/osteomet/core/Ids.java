package org.osteomet.core;

/**
 * The id language of content records: kebab-case, as {@code $defs/id} of the shared definitions states it.
 *
 * <p>Every record id, subject and concept reference is checked against it, so it is checked char by char: a
 * regular expression took a seventh of the time of reading a folder of 10⁵ claims.
 */
public final class Ids {
    /** The pattern of {@code $defs/id} in {@code definitions.schema.json}; a test keeps the two equal. */
    public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    /** The most characters an id has, the {@code maxLength} of {@code $defs/id}. */
    public static final int MAX_LENGTH = 120;

    private Ids() {}

    /**
     * Returns whether a text matches {@link #PATTERN}, whatever its length.
     *
     * @param text any text; not null
     * @return whether it is one or more runs of {@code a-z} and {@code 0-9} joined by single hyphens
     */
    public static boolean isKebabCase(String text) {
        if (text.isEmpty() || text.charAt(0) == '-' || text.charAt(text.length() - 1) == '-') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!letterOrDigit && (c != '-' || text.charAt(i - 1) == '-')) {
                return false;
            }
        }
        return true;
    }
}
