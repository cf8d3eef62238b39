package org.osteomet.core;

/** What a {@link Coverage} note says about a subject's claims for one predicate. */
public enum CoverageKind implements Labelled {
    /** The source's list is open ("and other effects", "such as"): the claims are not all there are. */
    OPEN_LIST,
    /** The snapshot stops before the source's list: the claims are missing, which does not mean there are none. */
    KNOWN_GAP,
    /** The source sets the subject apart from its classes: their claims for the predicate do not reach it. */
    NOT_INHERITED;

    /**
     * Returns the English display label, such as {@code open list}.
     *
     * @return the English display label, such as {@code open list}
     */
    @Override
    public String label() {
        return Labels.of(this);
    }
}
