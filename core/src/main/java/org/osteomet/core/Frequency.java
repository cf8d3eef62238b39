package org.osteomet.core;

/** How often a side effect occurs, as the source states it. */
public enum Frequency {
    MOST_COMMON,
    COMMON,
    LESS_COMMON,
    RARE
}
