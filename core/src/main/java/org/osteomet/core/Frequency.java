package org.osteomet.core;

/** How often a side effect occurs, as the source states it. */
public enum Frequency implements Labelled {
    /** Among the most common, as the source states it. */
    MOST_COMMON,
    /** Common. */
    COMMON,
    /** Less common. */
    LESS_COMMON,
    /** Rare. */
    RARE;

    /**
     * Returns the English display label, such as {@code most common}.
     *
     * @return the English display label, such as {@code most common}
     */
    @Override
    public String label() {
        return Labels.of(this);
    }
}
