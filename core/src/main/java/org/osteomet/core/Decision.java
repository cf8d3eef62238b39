package org.osteomet.core;

/** How a recorded conflict between claims is settled. */
public enum Decision implements Labelled {
    /** One claim is preferred; the others stay, marked as disputed. */
    PREFER,
    /** All claims stand: the disagreement is real and shown to users as such. */
    KEEP_ALL;

    /**
     * Returns the English display label, such as {@code keep all}.
     *
     * @return the English display label, such as {@code keep all}
     */
    @Override
    public String label() {
        return Labels.of(this);
    }
}
