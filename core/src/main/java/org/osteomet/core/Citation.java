package org.osteomet.core;

import org.osteomet.core.constraints.QuoteHasWords;

/**
 * A source and the verbatim quote from its snapshot that states a claim.
 *
 * @param source id of the cited source
 * @param quote the shortest verbatim span of the snapshot that states the fact
 */
@QuoteHasWords
public record Citation(String source, String quote) {

    public Citation {
        Checks.id(source, "citation.source");
        Checks.notBlank(quote, "citation.quote");
    }
}
