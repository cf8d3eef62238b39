package org.osteomet.validation.rules;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.osteomet.content.internal.Located;
import org.osteomet.core.Citation;
import org.osteomet.core.Claim;

/**
 * A citation's quote beside the snapshot text of the source it cites, for the rules that compare the two.
 *
 * @param claim the citing claim and where it came from
 * @param index the citation's position among the claim's citations
 * @param citation the citation
 * @param snapshot the snapshot text of the cited source
 */
record CitedQuote(Located<Claim> claim, int index, Citation citation, String snapshot) {
    /** Returns every citation whose source has a snapshot, in file and citation order. */
    static Stream<CitedQuote> all(RuleContext context) {
        // A citation without a snapshot is left to snapshot-matches-hash.
        return context.files().claims().stream().flatMap(claim -> {
            List<Citation> citations = claim.value().citations();
            return IntStream.range(0, citations.size())
                    .mapToObj(i -> new CitedQuote(
                            claim,
                            i,
                            citations.get(i),
                            context.snapshotText(citations.get(i).source())))
                    .filter(quote -> quote.snapshot() != null);
        });
    }

    /** Returns how the quote matches its snapshot, looked up once per run. */
    QuoteIndex.Match match(RuleContext context) {
        return context.quoteIndex(source()).match(quote());
    }

    /** Returns the file that holds the citing claim. */
    String file() {
        return claim.file();
    }

    /** Returns the pointer to the quote. */
    String pointer() {
        return claim.pointer() + "/citations/" + index + "/quote";
    }

    /** Returns the quote as written. */
    String quote() {
        return citation.quote();
    }

    /** Returns the id of the cited source. */
    String source() {
        return citation.source();
    }
}
