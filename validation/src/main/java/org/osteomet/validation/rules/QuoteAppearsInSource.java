package org.osteomet.validation.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osteomet.content.Located;
import org.osteomet.core.Citation;
import org.osteomet.core.Claim;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.Severity;

/** Every quote appears in its source's snapshot, up to white space and quote style; else the closest passage is shown. */
@RuleSpec(severity = Severity.ERROR, summary = "Every quote appears in the snapshot of the source it cites")
public final class QuoteAppearsInSource extends Rule {
    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        Map<String, String> normalized = new HashMap<>();
        for (Located<Claim> located : context.files().claims()) {
            List<Citation> citations = located.value().citations();
            for (int i = 0; i < citations.size(); i++) {
                Citation citation = citations.get(i);
                String text = context.snapshotText(citation.source());
                if (text == null || context.content().source(citation.source()).isEmpty()) {
                    continue; // claim-cites-known-source and snapshot-matches-hash report these.
                }
                String source = normalized.computeIfAbsent(citation.source(), k -> QuoteText.normalize(text));
                if (!source.contains(QuoteText.normalize(citation.quote()))) {
                    String passage = QuoteText.closestPassage(citation.quote(), text);
                    List<String> difference = QuoteText.firstDifference(citation.quote(), passage);
                    findings.add(finding(
                            context,
                            located.file(),
                            located.pointer() + "/citations/" + i + "/quote",
                            "quote not found in source " + citation.source()
                                    + (difference.isEmpty()
                                            ? ""
                                            : " (first difference: \"" + difference.get(0)
                                                    + "\" where the source has \"" + difference.get(1) + "\")")
                                    + "; closest match: \"" + passage + "\"",
                            passage,
                            citation.quote()));
                }
            }
        }
        return findings;
    }
}
