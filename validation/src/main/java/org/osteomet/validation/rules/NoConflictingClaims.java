package org.osteomet.validation.rules;

import java.util.ArrayList;
import java.util.List;
import org.osteomet.content.Located;
import org.osteomet.core.Adjudication;
import org.osteomet.core.Claim;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.Severity;

/** No two claims contradict each other unless an adjudication records the conflict; see docs/conflicts.md. */
@RuleSpec(severity = Severity.ERROR, summary = "No two claims conflict unless an adjudication records it")
public final class NoConflictingClaims extends Rule {
    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        List<Adjudication> adjudications = context.content().adjudications();
        for (Conflict conflict : context.conflicts()) {
            boolean recorded = adjudications.stream()
                    .anyMatch(a -> a.claims().contains(conflict.first().id())
                            && a.claims().contains(conflict.second().id()));
            if (recorded) {
                continue;
            }
            Located<Claim> at = context.locatedClaim(conflict.second().id()).orElseThrow();
            Located<Claim> other = context.locatedClaim(conflict.first().id()).orElseThrow();
            findings.add(finding(
                    context,
                    at,
                    "",
                    "conflicts with claim " + other.value().id() + " (" + other.file()
                            + "): " + conflict.reason()
                            + "; scope one of them (population, context, hedge) or record the"
                            + " conflict in adjudications.json"));
        }
        return findings;
    }

    @Override
    public boolean needsCompleteContent() {
        return true;
    }
}
