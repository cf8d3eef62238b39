package org.osteomet.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osteomet.content.internal.ContentLayout;
import org.osteomet.content.internal.Located;
import org.osteomet.core.Concept;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.Severity;

/** Treatments, drugs and procedures each have {@code treatments/<id>.json}; other concepts live in {@code concepts/}. */
@RuleSpec(severity = Severity.ERROR, summary = "A concept lives in the file its kind and id call for")
public final class ConceptFileMatchesKind extends Rule {
    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Located<Concept> located : context.files().concepts()) {
            Concept concept = located.value();
            Optional<String> treatmentFile = ContentLayout.treatmentId(located.file());
            if (concept.kind().isTreatment() && treatmentFile.isEmpty()) {
                findings.add(finding(
                        context,
                        located,
                        "/kind",
                        concept.kind() + " " + concept.id() + " must have its own file, treatments/" + concept.id()
                                + ".json"));
            } else if (!concept.kind().isTreatment() && treatmentFile.isPresent()) {
                findings.add(finding(
                        context,
                        located,
                        "/kind",
                        concept.kind() + " " + concept.id()
                                + " is not a treatment, drug or procedure; move it to a file under concepts/"));
            } else if (!concept.kind().isTreatment() && !located.file().equals(sharedFile(concept))) {
                findings.add(finding(
                        context,
                        located,
                        "/kind",
                        concept.kind() + " " + concept.id() + " belongs in " + sharedFile(concept)
                                + ", the file for its kind"));
            } else if (treatmentFile.isPresent() && !treatmentFile.get().equals(concept.id())) {
                findings.add(finding(
                        context,
                        located.file(),
                        located.pointer() + "/id",
                        "the file is named for " + treatmentFile.get() + " but defines " + concept.id()
                                + "; name the file treatments/" + concept.id() + ".json",
                        treatmentFile.get(),
                        concept.id()));
            }
        }
        return findings;
    }

    /** Returns the shared file for a concept's kind: {@code SIDE_EFFECT} lives in {@code concepts/side-effects.json}. */
    static String sharedFile(Concept concept) {
        return "concepts/"
                + concept.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "s.json";
    }
}
