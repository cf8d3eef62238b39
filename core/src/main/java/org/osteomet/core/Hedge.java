package org.osteomet.core;

/** The source's own hedge word, such as "may" or "usually". */
public enum Hedge implements Labelled {
    /** The source says "may". */
    MAY,
    /** The source says "might". */
    MIGHT,
    /** The source says "can". */
    CAN,
    /** The source says "could". */
    COULD,
    /** The source says "often". */
    OFTEN,
    /** The source says "usually". */
    USUALLY,
    /** The source says "sometimes". */
    SOMETIMES,
    /** The source says "typically". */
    TYPICALLY,
    /** The source says "generally". */
    GENERALLY,
    /** The source says "tends to". */
    TENDS_TO,
    /** The source says "seems". */
    SEEMS,
    /** The source says "commonly". */
    COMMONLY;

    /**
     * Returns the English display label, such as {@code tends to}.
     *
     * @return the English display label, such as {@code tends to}
     */
    @Override
    public String label() {
        return Labels.of(this);
    }
}
