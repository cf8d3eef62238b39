package org.osteomet.core;

/** The unit of a {@link Range}. */
public enum RangeUnit implements Labelled {
    /** An hour. */
    HOUR(1, 1),
    /** A day. */
    DAY(24, 24),
    /** A week. */
    WEEK(24 * 7, 24 * 7),
    /** A calendar month, 28 to 31 days. */
    // A calendar month is 28 to 31 days, so "every month" and "every 4 weeks" can describe the same schedule.
    MONTH(24 * 28, 24 * 31),
    /** A count of doses. */
    DOSE(0, 0),
    /** A count of sessions. */
    SESSION(0, 0);

    /**
     * Returns the English display label, such as {@code week}.
     *
     * @return the English display label, such as {@code week}
     */
    @Override
    public String label() {
        return Labels.of(this);
    }

    private final int shortestHours;
    private final int longestHours;

    RangeUnit(int shortestHours, int longestHours) {
        this.shortestHours = shortestHours;
        this.longestHours = longestHours;
    }

    /**
     * Returns the shortest length of this unit in hours, or 1 for a count.
     *
     * @return the shortest length of this unit in hours, or 1 for a count
     */
    public int shortestHours() {
        return isTime() ? shortestHours : 1;
    }

    /**
     * Returns the longest length of this unit in hours, or 1 for a count.
     *
     * @return the longest length of this unit in hours, or 1 for a count
     */
    public int longestHours() {
        return isTime() ? longestHours : 1;
    }

    /**
     * Returns whether this unit measures time.
     *
     * @return whether this unit measures time
     */
    public boolean isTime() {
        return shortestHours != 0;
    }
}
