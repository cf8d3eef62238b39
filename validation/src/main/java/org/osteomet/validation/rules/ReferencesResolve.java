package org.osteomet.validation.rules;

import java.util.ArrayList;
import java.util.List;
import org.osteomet.content.internal.Located;
import org.osteomet.core.Adjudication;
import org.osteomet.core.Claim;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.Severity;

/** Every concept and claim id that a record names exists. */
@RuleSpec(severity = Severity.ERROR, summary = "Every concept and claim a record names exists")
public final class ReferencesResolve extends Rule {
    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Located<Claim> located : context.files().claims()) {
            Claim claim = located.value();
            concept(context, located, "/subject", claim.subject(), findings);
            claim.objectConcept().ifPresent(object -> concept(context, located, "/object/concept", object, findings));
            if (claim.qualifiers().population() != null) {
                concept(
                        context,
                        located,
                        "/qualifiers/population",
                        claim.qualifiers().population(),
                        findings);
            }
        }
        for (Located<Adjudication> located : context.files().adjudications()) {
            List<String> claims = located.value().claims();
            for (int i = 0; i < claims.size(); i++) {
                if (context.content().claim(claims.get(i)).isEmpty()) {
                    findings.add(finding(
                            context,
                            located,
                            "/claims/" + i,
                            "adjudication " + located.value().id() + " names claim \"" + claims.get(i)
                                    + "\", which does not exist"));
                }
            }
        }
        return findings;
    }

    private void concept(RuleContext context, Located<Claim> claim, String pointer, String id, List<Finding> out) {
        if (context.content().concept(id).isEmpty()) {
            out.add(finding(
                    context,
                    claim,
                    pointer,
                    "claim " + claim.value().id() + " names concept \"" + id
                            + "\", which does not exist; define it or correct the id"));
        }
    }

    @Override
    public boolean needsCompleteContent() {
        return true;
    }
}
