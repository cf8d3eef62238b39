package org.osteomet.validation.rules;

import java.util.List;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.Severity;

/** A quote that matches only after normalising white space or quote style should be copied byte for byte. */
@RuleSpec(severity = Severity.WARNING, summary = "Every quote is a byte-for-byte copy of its source text")
public final class QuoteIsVerbatim extends Rule {
    @Override
    public List<Finding> check(RuleContext context) {
        return CitedQuote.all(context)
                .filter(quote -> quote.match(context) == QuoteIndex.Match.NORMALIZED)
                .map(quote -> finding(
                        context,
                        quote.file(),
                        quote.pointer(),
                        "quote matches source " + quote.source()
                                + " only after normalising spaces or quote marks; copy it exactly"))
                .toList();
    }
}
