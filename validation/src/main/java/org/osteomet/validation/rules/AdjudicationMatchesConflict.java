package org.osteomet.validation.rules;

import java.util.ArrayList;
import java.util.List;
import org.osteomet.content.internal.Located;
import org.osteomet.core.Adjudication;
import org.osteomet.core.Conflict;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.Severity;

/** Every adjudication still matches a detected conflict; a stale one hides nothing and must go. */
@RuleSpec(severity = Severity.ERROR, summary = "Every adjudication matches a conflict that still exists")
public final class AdjudicationMatchesConflict extends Rule {
    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Located<Adjudication> located : context.files().adjudications()) {
            List<String> claims = located.value().claims();
            for (int i = 0; i < claims.size(); i++) {
                String claim = claims.get(i);
                boolean inConflict = context.content().conflicts().stream()
                        .map(Conflict::claimIds)
                        .anyMatch(ids -> ids.contains(claim)
                                && ids.stream().anyMatch(id -> !id.equals(claim) && claims.contains(id)));
                if (!inConflict) {
                    findings.add(finding(
                            context,
                            located,
                            "/claims/" + i,
                            "adjudication " + located.value().id()
                                    + " is stale: claim " + claim + " no longer conflicts with the others it names;"
                                    + " remove it from the adjudication"));
                }
            }
        }
        return findings;
    }

    @Override
    public boolean needsCompleteContent() {
        return true;
    }
}
