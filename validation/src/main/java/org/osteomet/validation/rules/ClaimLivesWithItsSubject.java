package org.osteomet.validation.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osteomet.content.internal.Located;
import org.osteomet.core.Claim;
import org.osteomet.core.Concept;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.Severity;

/** A claim is kept in the file that defines its subject concept, so editors find every fact about a concept in one place. */
@RuleSpec(severity = Severity.ERROR, summary = "A claim lives in the file that defines its subject")
public final class ClaimLivesWithItsSubject extends Rule {
    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        Map<String, String> homes = new HashMap<>();
        for (Located<Concept> concept : context.files().concepts()) {
            homes.putIfAbsent(concept.value().id(), concept.file());
        }
        for (Located<Claim> located : context.files().claims()) {
            String home = homes.get(located.value().subject());
            if (home != null && !home.equals(located.file())) {
                findings.add(finding(
                        context,
                        located,
                        "/subject",
                        "claim " + located.value().id() + " is about "
                                + located.value().subject() + ", which is defined in " + home
                                + "; move the claim there"));
            }
        }
        return findings;
    }
}
