package org.osteomet.core;

/** How the subject of a {@code compared-to} claim compares with its object. */
public enum Comparison implements Labelled {
    /** Better than the object. */
    BETTER,
    /** As good as the object or better. */
    AS_GOOD_OR_BETTER,
    /** At least as good as the object. */
    AT_LEAST_AS_GOOD,
    /** Less effective than the object. */
    LESS_EFFECTIVE,
    /** Less likely than the object (to have the aspect). */
    LESS_LIKELY,
    /** More likely than the object (to have the aspect). */
    MORE_LIKELY,
    /** Faster than the object. */
    FASTER,
    /** More expensive than the object. */
    MORE_EXPENSIVE,
    /** With fewer side effects than the object. */
    FEWER_SIDE_EFFECTS,
    /** Shorter than the object. */
    SHORTER,
    /** Different from the object, without better or worse. */
    DIFFERENT;

    /**
     * Returns the English display label, such as {@code as good or better}.
     *
     * @return the English display label, such as {@code as good or better}
     */
    @Override
    public String label() {
        return Labels.of(this);
    }
}
