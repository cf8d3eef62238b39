package org.osteomet.core;

/** How serious a side effect is, as the source states it. */
public enum Seriousness implements Labelled {
    /** Serious ("rare but serious"). */
    SERIOUS,
    /** Very serious. */
    VERY_SERIOUS;

    /**
     * Returns the English display label, such as {@code very serious}.
     *
     * @return the English display label, such as {@code very serious}
     */
    @Override
    public String label() {
        return Labels.of(this);
    }
}
