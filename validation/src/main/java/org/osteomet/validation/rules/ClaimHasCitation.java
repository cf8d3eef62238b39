package org.osteomet.validation.rules;

import java.util.ArrayList;
import java.util.List;
import org.osteomet.content.JsonDocument;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.Severity;
import tools.jackson.databind.JsonNode;

/** Every claim in every file cites at least one source; checked on the files, since such a claim never loads. */
@RuleSpec(severity = Severity.ERROR, summary = "Every claim cites at least one source")
public final class ClaimHasCitation extends Rule {
    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (JsonDocument document : context.files().documents().values()) {
            JsonNode claims = document.root().path("claims");
            if (!claims.isArray()) {
                continue; // the schema reports a claims value that is not a list
            }
            for (int i = 0; i < claims.size(); i++) {
                JsonNode citations = claims.get(i).path("citations");
                if (claims.get(i).isObject() && (!citations.isArray() || citations.isEmpty())) {
                    String id = claims.get(i).path("id").asString("?");
                    findings.add(finding(
                            context,
                            document.file(),
                            "/claims/" + i,
                            "claim " + id
                                    + " has no citation; every claim needs at least one source and verbatim quote"));
                }
            }
        }
        return findings;
    }
}
