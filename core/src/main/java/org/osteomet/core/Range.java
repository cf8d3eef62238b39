package org.osteomet.core;

/**
 * A number or interval with a unit, such as "every 3 to 4 weeks"; a missing bound means the source gives none.
 *
 * @param min the lower bound, or {@code null} if the source states none
 * @param max the upper bound, or {@code null} if the source states none
 * @param unit the unit of both bounds
 */
public record Range(Integer min, Integer max, RangeUnit unit) {

    /**
     * Checks every component; the messages of its exceptions name the component.
     *
     * @param min the lower bound, or {@code null} if the source states none
     * @param max the upper bound, or {@code null} if the source states none
     * @param unit the unit of both bounds
     */
    public Range {
        Checks.notNull(unit, "unit");
        if (min != null && min < 0) {
            throw new IllegalArgumentException("min must not be negative");
        }
        if (max != null && max < 0) {
            throw new IllegalArgumentException("max must not be negative");
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("min must not be greater than max");
        }
    }

    /**
     * Returns the range from {@code min} to {@code max}.
     *
     * @param min the smallest value, at least 0
     * @param max the largest value, at least {@code min}
     * @param unit the unit; not null
     * @return the range from {@code min} to {@code max}
     */
    public static Range of(int min, int max, RangeUnit unit) {
        return new Range(min, max, unit);
    }

    /**
     * Returns a range whose size the source does not state, such as "every few weeks".
     *
     * @param unit the unit; not null
     * @return a range whose size the source does not state, such as "every few weeks"
     */
    public static Range unspecified(RangeUnit unit) {
        return new Range(null, null, unit);
    }

    /**
     * Returns whether the two ranges can describe the same value.
     *
     * <p>Time units are compared in hours, a month being 28 to 31 days; counts only with the same unit. A
     * missing bound is open.
     *
     * @param other the other range; not null
     * @return true if some value lies in both ranges, or if they cannot be compared
     */
    public boolean overlaps(Range other) {
        if (unit.isTime() != other.unit.isTime() || (!unit.isTime() && unit != other.unit)) {
            return true;
        }
        return lowest() <= other.highest() && other.lowest() <= highest();
    }

    /**
     * Returns the lower bound in hours (or the count), taking a month at its shortest; 0 if unbounded.
     *
     * @return the lower bound in hours (or the count), taking a month at its shortest; 0 if unbounded
     */
    public long lowest() {
        return min == null ? 0 : (long) min * unit.shortestHours();
    }

    /**
     * Returns the upper bound in hours (or the count), taking a month at its longest; unbounded is the maximum.
     *
     * @return the upper bound in hours (or the count), taking a month at its longest; unbounded is the maximum
     */
    public long highest() {
        return max == null ? Long.MAX_VALUE : (long) max * unit.longestHours();
    }
}
