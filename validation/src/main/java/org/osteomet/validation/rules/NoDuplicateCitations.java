package org.osteomet.validation.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osteomet.content.internal.Located;
import org.osteomet.core.Citation;
import org.osteomet.core.Claim;
import org.osteomet.core.Coverage;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.Severity;

/** A claim or coverage note cites each quote once: no two of its citations have the same source and quote. */
@RuleSpec(severity = Severity.ERROR, summary = "A claim or coverage note cites the same source and quote once")
public final class NoDuplicateCitations extends Rule {
    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Located<Claim> located : context.files().claims()) {
            check(context, located, located.value().citations(), findings);
        }
        for (Located<Coverage> located : context.files().coverage()) {
            check(context, located, located.value().citations(), findings);
        }
        return findings;
    }

    private void check(RuleContext context, Located<?> located, List<Citation> citations, List<Finding> findings) {
        Map<Citation, Integer> seen = new HashMap<>();
        for (int i = 0; i < citations.size(); i++) {
            Integer first = seen.putIfAbsent(citations.get(i), i);
            if (first != null) {
                findings.add(finding(
                        context,
                        located,
                        "/citations/" + i,
                        "citation repeats " + located.pointer() + "/citations/" + first + " (source "
                                + citations.get(i).source() + ", the same quote); cite each quote once"));
            }
        }
    }
}
