package org.osteomet.core;

/** What sort of contradiction a {@link Conflict} is; {@code docs/conflicts.md} explains each. */
public enum ConflictKind implements Labelled {
    /** One claim affirms what another denies: a negation, or opposites such as {@code safe-in} and {@code contraindicated-in}. */
    OPPOSITE_POLARITY,
    /** Ranges of a single-valued predicate, such as two schedules, that share no value. */
    DISJOINT_RANGES,
    /** Two values of a multi-valued predicate that {@link ExclusiveValues} declares cannot both be true. */
    EXCLUSIVE_VALUES;

    /**
     * Returns the English display label, such as {@code opposite polarity}.
     *
     * @return the English display label, such as {@code opposite polarity}
     */
    @Override
    public String label() {
        return Labels.of(this);
    }
}
