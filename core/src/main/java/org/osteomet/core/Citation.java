package org.osteomet.core;

import org.osteomet.core.constraints.QuoteHasWords;

/**
 * A source and the verbatim quote from its snapshot that states a claim.
 *
 * <p>A quote that occurs more than once in its snapshot names the text just before it ({@code prefix}) or just
 * after it ({@code suffix}), or both, so that it points to one place; {@link SnapshotIndex} says how they match.
 *
 * @param source id of the cited source
 * @param quote the shortest verbatim span of the snapshot that states the fact
 * @param prefix text that ends just before the quote in the snapshot, or {@code null} if not needed
 * @param suffix text that starts just after the quote in the snapshot, or {@code null} if not needed
 */
@QuoteHasWords
public record Citation(String source, String quote, String prefix, String suffix) {

    /**
     * Checks every component; the messages of its exceptions name the component.
     *
     * @param source id of the cited source
     * @param quote the shortest verbatim span of the snapshot that states the fact
     * @param prefix text that ends just before the quote in the snapshot, or {@code null} if not needed
     * @param suffix text that starts just after the quote in the snapshot, or {@code null} if not needed
     */
    public Citation {
        Checks.id(source, "citation.source");
        Checks.notBlank(quote, "citation.quote");
        if (prefix != null) {
            Checks.notBlank(prefix, "citation.prefix");
        }
        if (suffix != null) {
            Checks.notBlank(suffix, "citation.suffix");
        }
    }

    /**
     * Creates a citation whose quote needs no prefix or suffix to find its place.
     *
     * @param source id of the cited source
     * @param quote the shortest verbatim span of the snapshot that states the fact
     */
    public Citation(String source, String quote) {
        this(source, quote, null, null);
    }
}
