package org.osteomet.validation.rules;

import java.util.ArrayList;
import java.util.List;
import org.osteomet.content.Located;
import org.osteomet.core.Citation;
import org.osteomet.core.Claim;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.Severity;

/** A quote that matches only after normalising white space or quote style should be copied byte for byte. */
@RuleSpec(severity = Severity.WARNING, summary = "Every quote is a byte-for-byte copy of its source text")
public final class QuoteIsVerbatim extends Rule {
    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Located<Claim> located : context.files().claims()) {
            List<Citation> citations = located.value().citations();
            for (int i = 0; i < citations.size(); i++) {
                Citation citation = citations.get(i);
                String text = context.snapshotText(citation.source());
                if (text != null
                        && !text.contains(citation.quote())
                        && QuoteText.normalize(text).contains(QuoteText.normalize(citation.quote()))) {
                    findings.add(finding(
                            context,
                            located.file(),
                            located.pointer() + "/citations/" + i + "/quote",
                            "quote matches source " + citation.source()
                                    + " only after normalising spaces or quote marks; copy it exactly"));
                }
            }
        }
        return findings;
    }
}
