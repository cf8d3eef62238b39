package org.osteomet.validation.rules;

import java.util.ArrayList;
import java.util.List;
import org.osteomet.content.internal.Located;
import org.osteomet.core.Source;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.Severity;

/** Sources reviewed longer ago than the configured age are flagged so editors look for a newer one. */
@RuleSpec(severity = Severity.WARNING, summary = "Every source was reviewed within the configured maximum age")
public final class SourceIsRecent extends Rule {
    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        ValidationOptions options = context.options();
        for (Located<Source> located : context.files().sources()) {
            Source source = located.value();
            if (source.date() == null) {
                findings.add(finding(
                        context,
                        located,
                        "/date",
                        "source " + source.id() + " states no review date, so its age cannot be checked"));
            } else if (source.date().plus(options.maxSourceAge()).isBefore(options.today())) {
                findings.add(finding(
                        context,
                        located,
                        "/date",
                        "source " + source.id() + " was reviewed on "
                                + source.date() + ", more than "
                                + options.maxSourceAge().getYears()
                                + " years before " + options.today() + "; look for a newer review"));
            }
        }
        return findings;
    }
}
