package org.osteomet.validation.rules;

import java.util.ArrayList;
import java.util.List;
import org.osteomet.content.internal.Located;
import org.osteomet.core.Citation;
import org.osteomet.core.Claim;
import org.osteomet.core.Content;
import org.osteomet.core.Coverage;
import org.osteomet.core.CoverageKind;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.Severity;

/**
 * Every coverage note names a concept that exists, quotes its sources verbatim, and blocks only a class claim that
 * would otherwise reach its subject.
 */
@RuleSpec(
        severity = Severity.ERROR,
        summary = "Every coverage note names an existing subject, blocks a claim of one of its classes and quotes"
                + " its sources")
public final class CoverageIsSound extends Rule {
    @Override
    public boolean needsCompleteContent() {
        return true;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        Content content = context.content();
        for (Located<Coverage> located : context.files().coverage()) {
            Coverage note = located.value();
            if (content.concept(note.subject()).isEmpty()) {
                findings.add(finding(
                        context,
                        located,
                        "/subject",
                        "coverage note " + note.id() + " names concept \"" + note.subject()
                                + "\", which does not exist; define it or correct the id"));
            }
            if (note.claim() != null) {
                blocked(context, located).ifPresent(findings::add);
            }
            if (note.kind() == CoverageKind.NOT_INHERITED
                    && content.classesOf(note.subject()).isEmpty()) {
                findings.add(finding(
                        context,
                        located,
                        "/kind",
                        "coverage note " + note.id() + " stops inheritance, but " + note.subject()
                                + " belongs to no class through is-a"));
            }
            for (int i = 0; i < note.citations().size(); i++) {
                quoted(context, located, i).ifPresent(findings::add);
            }
        }
        return findings;
    }

    private java.util.Optional<Finding> blocked(RuleContext context, Located<Coverage> located) {
        Coverage note = located.value();
        Claim claim = context.content().claim(note.claim()).orElse(null);
        if (claim != null
                && claim.predicate() == note.predicate()
                && context.content().classesOf(note.subject()).contains(claim.subject())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(finding(
                context,
                located,
                "/claim",
                "coverage note " + note.id() + " blocks claim \"" + note.claim() + "\", which is not a "
                        + note.predicate().id() + " claim of a class of " + note.subject()
                        + "; name a claim that would reach it through is-a"));
    }

    private java.util.Optional<Finding> quoted(RuleContext context, Located<Coverage> located, int index) {
        Citation citation = located.value().citations().get(index);
        String text = context.snapshotText(citation.source());
        String pointer = "/citations/" + index;
        if (text == null || context.content().source(citation.source()).isEmpty()) {
            return java.util.Optional.of(finding(
                    context,
                    located,
                    pointer + "/source",
                    "coverage note " + located.value().id() + " cites source \"" + citation.source()
                            + "\", which does not exist or has no snapshot"));
        }
        if (QuoteText.normalize(text).contains(QuoteText.normalize(citation.quote()))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(finding(
                context,
                located,
                pointer + "/quote",
                "quote not found in source " + citation.source() + "; closest match: \""
                        + QuoteText.closestPassage(citation.quote(), text) + "\""));
    }
}
