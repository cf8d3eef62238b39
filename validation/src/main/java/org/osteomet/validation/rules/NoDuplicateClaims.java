package org.osteomet.validation.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osteomet.content.internal.Located;
import org.osteomet.core.Claim;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.Severity;

/** No two claims say the same thing; one fact from several sources is one claim with several citations. */
@RuleSpec(severity = Severity.ERROR, summary = "No two claims state the same fact with the same scope")
public final class NoDuplicateClaims extends Rule {
    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        Map<List<Object>, Located<Claim>> seen = new HashMap<>();
        for (Located<Claim> located : context.files().claims()) {
            Claim claim = located.value();
            List<Object> key = List.of(claim.subject(), claim.predicate(), claim.object(), claim.qualifiers());
            Located<Claim> first = seen.putIfAbsent(key, located);
            if (first != null) {
                findings.add(finding(
                        context,
                        located,
                        "",
                        "claim " + claim.id() + " states the same fact as "
                                + first.value().id() + " (" + first.file()
                                + "); merge them into one claim citing every source"));
            }
        }
        return findings;
    }
}
