package org.osteomet.validation.rules;

import java.util.ArrayList;
import java.util.List;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.Severity;

/** The content folder holds only the files its layout names. */
@RuleSpec(severity = Severity.ERROR, summary = "The content folder holds only files its layout names")
public final class NoUnknownFiles extends Rule {
    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (String file : context.files().unexpectedFiles()) {
            findings.add(finding(
                    context,
                    file,
                    "",
                    "this file has no place in the content folder; content is"
                            + " sources.json, adjudications.json, treatments/<id>.json, concepts/<name>.json and"
                            + " snapshots/<id>.txt (ids in lower-case kebab-case)"));
        }
        return findings;
    }
}
