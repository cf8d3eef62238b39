package org.osteomet.validation.rules;

import java.util.List;
import java.util.stream.Collectors;
import org.osteomet.core.QuotePlace;
import org.osteomet.core.SnapshotIndex;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.Severity;

/** A quote found more than once in its snapshot names the text around it, so that exports can say where it sits. */
@RuleSpec(
        severity = Severity.ERROR,
        summary =
                "Every quote points to one place in its source, by its prefix or suffix where it occurs more than once")
public final class QuoteHasOnePlace extends Rule {
    @Override
    public List<Finding> check(RuleContext context) {
        return CitedQuote.all(context)
                .filter(quote -> context.content().source(quote.source()).isPresent())
                .map(quote -> {
                    SnapshotIndex index = context.quoteIndex(quote.source()).snapshot();
                    if (index.countPlaces(quote.citation()) == 1) {
                        return null;
                    }
                    List<QuotePlace> places = index.places(quote.citation());
                    List<QuotePlace> occurrences = index.occurrences(quote.quote());
                    if (occurrences.isEmpty()) {
                        return null; // quote-appears-in-source reports these.
                    }
                    String where = places.isEmpty() ? describe(occurrences) : describe(places);
                    String message = places.isEmpty()
                            ? "the prefix and suffix match none of the " + occurrences.size()
                                    + " place(s) of the quote in source " + quote.source() + "; it occurs " + where
                            : "quote occurs " + places.size() + " times in source " + quote.source()
                                    + "; add a prefix or suffix (the text just before or after it) that picks one: "
                                    + where;
                    return finding(context, quote.file(), quote.pointer(), message);
                })
                .filter(f -> f != null)
                .toList();
    }

    private static String describe(List<QuotePlace> places) {
        return places.stream()
                        .limit(5)
                        .map(p -> "at " + p.start() + " after \"" + oneLine(p.prefix()) + "\" before \""
                                + oneLine(p.suffix()) + "\"")
                        .collect(Collectors.joining(", "))
                + (places.size() > 5 ? ", …" : "");
    }

    private static String oneLine(String text) {
        return SnapshotIndex.normalize(text);
    }
}
