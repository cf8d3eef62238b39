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

    // A verbatim copy also matches once normalised (normalising the text maps the copy's characters as it maps
    // the quote's), so most quotes, being verbatim, cost one scan of the text.
    private Match find(String quote) {
        if (text.contains(quote)) {
            return Match.VERBATIM;
        }
        return normalized.contains(QuoteText.normalize(quote)) ? Match.NORMALIZED : Match.NONE;
    }
}
