package org.osteomet.core;

/**
 * How far a claim can be trusted, as the adjudications of conflicts between sources decide.
 *
 * <p>After Wikidata's statement ranks: every claim starts {@link #NORMAL}; an adjudication raises one to
 * {@link #PREFERRED} and marks the others it names {@link #DISPUTED}.
 */
public enum ClaimStatus implements Labelled {
    /** Preferred by an adjudication over the claims it conflicts with. */
    PREFERRED,
    /** In no recorded conflict. */
    NORMAL,
    /** In a recorded conflict and not preferred: present it as disputed, never as a plain fact. */
    DISPUTED;

    /**
     * Returns the English display label, such as {@code disputed}.
     *
     * @return the English display label, such as {@code disputed}
     */
    @Override
    public String label() {
        return Labels.of(this);
    }

    /**
     * Returns the id used in exports, such as {@code disputed}.
     *
     * @return the id used in exports, such as {@code disputed}
     */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
