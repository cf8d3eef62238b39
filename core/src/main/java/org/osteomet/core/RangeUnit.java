package org.osteomet.core;

import java.util.OptionalInt;

/** The unit of a {@link Range}. */
public enum RangeUnit {
    HOUR(1),
    DAY(24),
    WEEK(24 * 7),
    // A month varies between 28 and 31 days; 30 keeps "every 4 weeks" and "every month" overlapping.
    MONTH(24 * 30),
    DOSE(0),
    SESSION(0);

    private final int hours;

    RangeUnit(int hours) {
        this.hours = hours;
    }

    /** Returns the length of this unit in hours, or empty if it is a count rather than a time. */
    public OptionalInt hours() {
        return hours == 0 ? OptionalInt.empty() : OptionalInt.of(hours);
    }

    /** Returns whether this unit measures time. */
    public boolean isTime() {
        return hours != 0;
    }
}
