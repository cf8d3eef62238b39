package org.osteomet.validation.rules;

import java.util.ArrayList;
import java.util.List;
import org.osteomet.content.internal.Located;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.Severity;

/** Every claim in every file cites at least one source; checked as the files are read, since such a claim never loads. */
@RuleSpec(severity = Severity.ERROR, summary = "Every claim cites at least one source")
public final class ClaimHasCitation extends Rule {
    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Located<String> claim : context.files().uncitedClaims()) {
            findings.add(finding(
                    context,
                    claim,
                    "",
                    "claim " + claim.value()
                            + " has no citation; every claim needs at least one source and verbatim quote"));
        }
        return findings;
    }
}
