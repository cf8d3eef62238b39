package org.osteomet.validation.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osteomet.content.internal.Located;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.Severity;

/**
 * Ids of sources, concepts, claims and adjudications are unique across all files.
 *
 * <p>Ids are lower-case kebab-case, enforced when a file is read, so two ids can never differ only by case.
 */
@RuleSpec(severity = Severity.ERROR, summary = "Every id is unique across all files")
public final class IdsAreUnique extends Rule {
    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Located<?>> seen = new HashMap<>();
        List<Located<?>> all = new ArrayList<>();
        all.addAll(context.files().sources());
        all.addAll(context.files().concepts());
        all.addAll(context.files().claims());
        all.addAll(context.files().adjudications());
        for (Located<?> record : all) {
            String id = Records.id(record.value());
            Located<?> first = seen.putIfAbsent(id, record);
            if (first != null) {
                findings.add(finding(
                        context,
                        record,
                        "/id",
                        "id \"" + id + "\" is already used by a "
                                + Records.kind(first.value())
                                + " in " + first.file() + " at " + first.pointer()
                                + "; ids must be unique"));
            }
        }
        return findings;
    }
}
