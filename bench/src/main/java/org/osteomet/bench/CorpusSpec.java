package org.osteomet.bench;

/**
 * What to generate: how many claims, from which seed, with how many injected conflicts.
 *
 * @param claims the exact number of claims to write, at least {@link #MIN_CLAIMS}
 * @param seed the seed; the same spec always writes the same bytes
 * @param conflicts the exact number of real conflicts to inject, from 0
 */
public record CorpusSpec(int claims, long seed, int conflicts) {
    /** The fewest claims a corpus can have: enough for a few treatments and their fixed claims. */
    public static final int MIN_CLAIMS = 100;

    public CorpusSpec {
        if (claims < MIN_CLAIMS) {
            throw new IllegalArgumentException("claims must be at least " + MIN_CLAIMS + ", not " + claims);
        }
        if (conflicts < 0) {
            throw new IllegalArgumentException("conflicts must not be negative, not " + conflicts);
        }
    }
}
