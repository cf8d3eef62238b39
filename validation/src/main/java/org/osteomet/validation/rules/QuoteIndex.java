package org.osteomet.validation.rules;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.osteomet.core.SnapshotIndex;

/**
 * One snapshot's index, built once per run and shared by the quote rules, which look up each quote once.
 */
final class QuoteIndex {
    /** How a quote matches the snapshot. */
    enum Match {
        /** Byte for byte. */
        VERBATIM,
        /** Only after normalising white space and quote marks. */
        NORMALIZED,
        /** Not at all. */
        NONE
    }

    private final SnapshotIndex index;
    private final Map<String, Match> matches = new ConcurrentHashMap<>();

    QuoteIndex(String text) {
        this.index = SnapshotIndex.of(text);
    }

    /** Returns the snapshot's index. */
    SnapshotIndex snapshot() {
        return index;
    }

    /** Returns how the quote matches, by the same tests the rules' documentation gives. */
    Match match(String quote) {
        return matches.computeIfAbsent(quote, this::find);
    }

    private Match find(String quote) {
        if (index.containsVerbatim(quote)) {
            return Match.VERBATIM;
        }
        // Only white space: its matching form, the empty text, is in every snapshot.
        return index.contains(quote) || SnapshotIndex.normalize(quote).isEmpty() ? Match.NORMALIZED : Match.NONE;
    }
}
