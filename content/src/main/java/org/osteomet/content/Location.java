package org.osteomet.content;

/**
 * A 1-based line and column in a file.
 *
 * @param line the line, from 1
 * @param column the column, from 1
 */
public record Location(int line, int column) {
    /** The start of a file. */
    public static final Location START = new Location(1, 1);

    /**
     * Creates a location.
     *
     * @param line the line, from 1
     * @param column the column, from 1
     * @throws IllegalArgumentException if the line or column is less than 1
     */
    public Location {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column must be at least 1");
        }
    }
}
