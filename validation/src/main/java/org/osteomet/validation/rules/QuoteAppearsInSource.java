package org.osteomet.validation.rules;

import java.util.ArrayList;
import java.util.List;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.Severity;

/** Every quote appears in its source's snapshot, up to white space and quote style; else the closest passage is shown. */
@RuleSpec(severity = Severity.ERROR, summary = "Every quote appears in the snapshot of the source it cites")
public final class QuoteAppearsInSource extends Rule {
    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        CitedQuote.all(context).forEach(quote -> {
            if (context.content().source(quote.source()).isEmpty()) {
                return; // claim-cites-known-source reports these.
            }
            if (quote.match(context) == QuoteIndex.Match.NONE) {
                String passage = QuoteText.closestPassage(quote.quote(), quote.snapshot());
                List<String> difference = QuoteText.firstDifference(quote.quote(), passage);
                findings.add(finding(
                        context,
                        quote.file(),
                        quote.pointer(),
                        "quote not found in source " + quote.source()
                                + (difference.isEmpty()
                                        ? ""
                                        : " (first difference: \"" + difference.get(0) + "\" where the source has \""
                                                + difference.get(1) + "\")")
                                + "; closest match: \"" + passage + "\"",
                        passage,
                        quote.quote()));
            }
        });
        return findings;
    }
}
