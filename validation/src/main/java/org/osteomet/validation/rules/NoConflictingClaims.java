package org.osteomet.validation.rules;

import java.util.ArrayList;
import java.util.List;
import org.osteomet.content.Location;
import org.osteomet.content.internal.Located;
import org.osteomet.core.Adjudication;
import org.osteomet.core.Claim;
import org.osteomet.core.Conflict;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.RelatedLocation;
import org.osteomet.validation.finding.Severity;

/** No two claims contradict each other unless an adjudication records the conflict; see docs/conflicts.md. */
@RuleSpec(severity = Severity.ERROR, summary = "No two claims conflict unless an adjudication records it")
public final class NoConflictingClaims extends Rule {
    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Conflict conflict : context.content().conflicts()) {
            List<Adjudication> naming =
                    context.content().adjudicationsOf(conflict.claimIds().get(0));
            if (naming.stream().anyMatch(a -> a.claims().containsAll(conflict.claimIds()))) {
                continue;
            }
            List<Located<Claim>> claims = conflict.claimIds().stream()
                    .map(id -> context.locatedClaim(id).orElseThrow())
                    .toList();
            Located<Claim> at = claims.get(claims.size() - 1);
            List<Located<Claim>> others = claims.subList(0, claims.size() - 1);
            List<String> named = new ArrayList<>();
            List<RelatedLocation> related = new ArrayList<>();
            for (Located<Claim> other : others) {
                Location where = context.locate(other.file(), other.pointer());
                named.add(describe(other, where));
                related.add(new RelatedLocation(
                        other.file(),
                        where.line(),
                        where.column(),
                        other.pointer(),
                        "claim " + other.value().id()));
            }
            findings.add(finding(
                    context,
                    at,
                    "",
                    describe(at, context.locate(at.file(), at.pointer())) + " conflicts with "
                            + String.join(" and ", named)
                            + ": " + conflict.reason()
                            + "; scope one of them (population, context, hedge) or record the"
                            + " conflict in adjudications.json",
                    related));
        }
        return findings;
    }

    private static String describe(Located<Claim> claim, Location where) {
        return "claim " + claim.value().id() + " (" + claim.file() + ":" + where.line() + ")";
    }

    @Override
    public boolean needsCompleteContent() {
        return true;
    }
}
