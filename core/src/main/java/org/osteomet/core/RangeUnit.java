package org.osteomet.core;

/** The unit of a {@link Range}. */
public enum RangeUnit {
    HOUR(1, 1),
    DAY(24, 24),
    WEEK(24 * 7, 24 * 7),
    // A calendar month is 28 to 31 days, so "every month" and "every 4 weeks" can describe the same schedule.
    MONTH(24 * 28, 24 * 31),
    DOSE(0, 0),
    SESSION(0, 0);

    private final int shortestHours;
    private final int longestHours;

    RangeUnit(int shortestHours, int longestHours) {
        this.shortestHours = shortestHours;
        this.longestHours = longestHours;
    }

    /** Returns the shortest length of this unit in hours, or 1 for a count. */
    public int shortestHours() {
        return isTime() ? shortestHours : 1;
    }

    /** Returns the longest length of this unit in hours, or 1 for a count. */
    public int longestHours() {
        return isTime() ? longestHours : 1;
    }

    /** Returns whether this unit measures time. */
    public boolean isTime() {
        return shortestHours != 0;
    }
}
