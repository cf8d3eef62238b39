package org.osteomet.validation.rules;

import java.util.ArrayList;
import java.util.List;
import org.osteomet.content.internal.Located;
import org.osteomet.core.Source;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.Severity;

/** A source's {@code dateAsStated} is copied from its snapshot. */
@RuleSpec(severity = Severity.ERROR, summary = "A source's stated date appears in its snapshot")
public final class StatedDateAppearsInSource extends Rule {
    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Located<Source> located : context.files().sources()) {
            String stated = located.value().dateAsStated();
            String text = context.snapshotText(located.value().id());
            if (stated != null && text != null && !text.contains(stated)) {
                findings.add(finding(
                        context,
                        located,
                        "/dateAsStated",
                        "dateAsStated \"" + stated + "\" does not appear in the snapshot of "
                                + located.value().id()));
            }
        }
        return findings;
    }
}
