package org.osteomet.validation.rules;

import java.util.ArrayList;
import java.util.List;
import org.osteomet.content.internal.Located;
import org.osteomet.core.Claim;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.Severity;

/** Every citation names a source defined in {@code sources.json}. */
@RuleSpec(severity = Severity.ERROR, summary = "Every citation names a source defined in sources.json")
public final class ClaimCitesKnownSource extends Rule {
    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Located<Claim> located : context.files().claims()) {
            for (int i = 0; i < located.value().citations().size(); i++) {
                String source = located.value().citations().get(i).source();
                if (context.content().source(source).isEmpty()) {
                    findings.add(finding(
                            context,
                            located,
                            "/citations/" + i + "/source",
                            "claim "
                                    + located.value().id() + " cites source \"" + source
                                    + "\", which is not in sources.json"));
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
