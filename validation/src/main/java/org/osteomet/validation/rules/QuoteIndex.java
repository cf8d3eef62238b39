package org.osteomet.validation.rules;

import java.util.HashMap;
import java.util.Map;

/**
 * One snapshot as written and in matching form, built once per run and shared by the quote rules, which look up
 * each quote once.
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

    private final String text;
    private final String normalized;
    private final Map<String, Match> matches = new HashMap<>();

    QuoteIndex(String text) {
        this.text = text;
        this.normalized = QuoteText.normalize(text);
    }

    /** Returns how the quote matches, by the same tests the rules' documentation gives. */
    Match match(String quote) {
        return matches.computeIfAbsent(quote, this::find);
    }

    private Match find(String quote) {
        if (!normalized.contains(QuoteText.normalize(quote))) {
            return Match.NONE;
        }
        return text.contains(quote) ? Match.VERBATIM : Match.NORMALIZED;
    }
}
