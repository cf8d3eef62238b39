package org.osteomet.validation.rules;

import java.util.ArrayList;
import java.util.List;
import org.osteomet.content.internal.Located;
import org.osteomet.core.Source;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.Severity;

/** Every source in {@code sources.json} is cited by at least one claim. */
@RuleSpec(severity = Severity.ERROR, summary = "Every source is cited by at least one claim")
public final class EverySourceIsCited extends Rule {
    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Located<Source> located : context.files().sources()) {
            if (context.content().claimsCiting(located.value().id()).isEmpty()) {
                findings.add(finding(
                        context,
                        located,
                        "/id",
                        "source " + located.value().id() + " is not cited by any claim; cite it or remove it"));
            }
        }
        return findings;
    }

    @Override
    public boolean needsCompleteContent() {
        return true;
    }
}
