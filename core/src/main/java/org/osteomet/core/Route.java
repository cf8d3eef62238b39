package org.osteomet.core;

/** A route of administration as the sources state it. */
public enum Route implements Labelled {
    /** Into a vein: IV, infusion. */
    INTRAVENOUS,
    /** Under the skin. */
    SUBCUTANEOUS,
    /** By mouth. */
    ORAL,
    /** An injection whose site the source does not state. */
    INJECTION,
    /** Injected directly into the bone. */
    INTRAOSSEOUS;

    /**
     * Returns the English display label, such as {@code intravenous}.
     *
     * @return the English display label, such as {@code intravenous}
     */
    @Override
    public String label() {
        return Labels.of(this);
    }
}
