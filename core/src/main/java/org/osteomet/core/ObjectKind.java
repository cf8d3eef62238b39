package org.osteomet.core;

/** The form a claim's object takes. */
public enum ObjectKind implements Labelled {
    /** A reference to a concept. */
    CONCEPT,
    /** A literal text. */
    TEXT,
    /** A route of administration. */
    ROUTE,
    /** A numeric range with a unit. */
    RANGE;

    /**
     * Returns the English display label, such as {@code concept}.
     *
     * @return the English display label, such as {@code concept}
     */
    @Override
    public String label() {
        return Labels.of(this);
    }
}
