package org.osteomet.core;

/**
 * A value with an English display label, for showing to readers; every enum of this package is one.
 *
 * <p>A label is lower case and never parsed back: {@code Frequency.MOST_COMMON.label()} is {@code "most common"},
 * {@code ClaimPredicate.SIDE_EFFECT.label()} is {@code "side effect"}.
 */
public interface Labelled {
    /**
     * Returns the English display label.
     *
     * @return the label, lower case, never blank
     */
    String label();
}
