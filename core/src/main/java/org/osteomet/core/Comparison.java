package org.osteomet.core;

/** How the subject of a {@code compared-to} claim compares with its object. */
public enum Comparison {
    BETTER,
    AS_GOOD_OR_BETTER,
    AT_LEAST_AS_GOOD,
    LESS_EFFECTIVE,
    LESS_LIKELY,
    MORE_LIKELY,
    FASTER,
    MORE_EXPENSIVE,
    FEWER_SIDE_EFFECTS,
    SHORTER,
    DIFFERENT
}
