package org.osteomet.export;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osteomet.core.Claim;
import org.osteomet.core.ClaimPredicate;
import org.osteomet.core.ClaimStatus;
import org.osteomet.core.Concept;
import org.osteomet.core.Content;
import org.osteomet.core.Frequency;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * ClinicalUseDefinitions: one per indication, contraindication, side effect, caution or precaution claim about a
 * treatment.
 *
 * <p>A negated claim gets none: "does not harm normal cells" must never become an undesirable effect. The subject
 * is the treatment the source names (a drug's MedicinalProductDefinition, a procedure's ActivityDefinition, a
 * class's PlanDefinition), followed by every member of a class the claim reaches through {@code is-a}, so that a
 * search by a drug also finds what was said of its class; the {@code stated-for} extension then names the class.
 */
final class FhirClinicalUse {
    static final String TYPE = "ClinicalUseDefinition";
    static final String FREQUENCY_SYSTEM = "http://hl7.org/fhir/undesirable-effect-frequency";

    private static final Map<ClaimPredicate, String> TYPES = Map.of(
            ClaimPredicate.INDICATED_FOR, "indication",
            ClaimPredicate.CONTRAINDICATED_IN, "contraindication",
            ClaimPredicate.SIDE_EFFECT, "undesirable-effect",
            ClaimPredicate.CAUTION_IN, "warning",
            ClaimPredicate.PRECAUTION, "warning");

    /** The predicates whose claims become ClinicalUseDefinitions. */
    static final Set<ClaimPredicate> PREDICATES =
            java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(TYPES.keySet()));

    private FhirClinicalUse() {}

    /** Returns whether the claim becomes a ClinicalUseDefinition, keyed by the claim's id. */
    static boolean applies(Content content, Claim claim) {
        return TYPES.containsKey(claim.predicate())
                && !claim.qualifiers().negated()
                && claim.objectConcept().flatMap(content::concept).isPresent()
                && content.concept(claim.subject())
                        .map(c -> c.kind().isTreatment())
                        .orElse(false);
    }

    /** Returns the type of the resource a clinical use's subject refers to for this treatment, if any. */
    static Optional<String> subjectType(Concept subject) {
        return Optional.ofNullable(FhirTreatments.typeOf(subject.kind()));
    }

    /**
     * Returns the claim's ClinicalUseDefinition.
     *
     * @param members the ids of the class members the claim reaches, sorted; empty for a claim about one treatment
     */
    static FhirEntry of(Content content, Claim claim, List<String> members) {
        Concept subject = content.concept(claim.subject()).orElseThrow();
        Concept object = claim.objectConcept().flatMap(content::concept).orElseThrow();
        String type = TYPES.get(claim.predicate());
        StringBuilder html = new StringBuilder("<p>")
                .append(Fhir.escape(Statements.claim(content, claim)))
                .append(".");
        if (!members.isEmpty()) {
            html.append(" Stated for ")
                    .append(Fhir.escape(subject.name()))
                    .append("; it reaches ")
                    .append(Fhir.escape(String.join(
                            ", ",
                            members.stream()
                                    .map(m -> Statements.name(content, m))
                                    .toList())))
                    .append('.');
        }
        ObjectNode cud = Fhir.resource(TYPE, claim.id(), html.append("</p>").toString());
        ClaimStatus status = content.status(claim);
        ArrayNode extensions = Fhir.array();
        if (!members.isEmpty()) {
            extensions
                    .addObject()
                    .put("url", FhirDefinitions.STATED_FOR)
                    .set("valueReference", Fhir.reference(subjectType(subject).orElseThrow(), subject.id(), null));
        }
        if (status != ClaimStatus.NORMAL) {
            // A disputed use must not read as settled; its ArtifactAssessments say why.
            extensions.add(FhirDefinitions.claimStatusExtension(status));
        }
        if (!extensions.isEmpty()) {
            cud.set("extension", extensions);
        }
        Fhir.identifier(cud, Fhir.CLAIM_IDS, claim.id());
        cud.put("type", type);
        ArrayNode subjects = Fhir.array();
        subjectType(subject).ifPresent(t -> subjects.add(Fhir.reference(t, subject.id(), null)));
        for (String member : members) {
            content.concept(member)
                    .flatMap(FhirClinicalUse::subjectType)
                    .ifPresent(t -> subjects.add(Fhir.reference(t, member, null)));
        }
        if (!subjects.isEmpty()) {
            cud.set("subject", subjects);
        }
        String population = claim.qualifiers().population();
        if (population != null && content.concept(population).isPresent()) {
            cud.putArray("population")
                    .add(Fhir.reference("Group", population, "People with " + Statements.name(content, population)));
        }
        switch (type) {
            case "indication" ->
                cud.putObject("indication").set("diseaseSymptomProcedure", Fhir.codeableReference(object));
            case "contraindication" ->
                cud.putObject("contraindication").set("diseaseSymptomProcedure", Fhir.codeableReference(object));
            case "undesirable-effect" -> undesirableEffect(cud.putObject("undesirableEffect"), claim, object);
            default -> {
                ObjectNode warning = cud.putObject("warning");
                warning.put("description", warning(claim, object));
                warning.set("code", Fhir.concept(object));
            }
        }
        return new FhirEntry(TYPE, claim.id(), cud);
    }

    private static void undesirableEffect(ObjectNode effect, Claim claim, Concept object) {
        effect.set("symptomConditionEffect", Fhir.codeableReference(object));
        if (claim.qualifiers().seriousness() != null) {
            effect.set(
                    "classification",
                    Fhir.text(Statements.word(claim.qualifiers().seriousness())));
        }
        Frequency frequency = claim.qualifiers().frequency();
        if (frequency != null) {
            // HL7's scale has three steps; the source's own word stays in the text.
            String code = switch (frequency) {
                case MOST_COMMON, COMMON -> "Common";
                case LESS_COMMON -> "Uncommon";
                case RARE -> "Rare";
            };
            effect.set("frequencyOfOccurrence", Fhir.code(FREQUENCY_SYSTEM, code, code, Statements.word(frequency)));
        }
    }

    private static String warning(Claim claim, Concept object) {
        String text = claim.predicate() == ClaimPredicate.CAUTION_IN
                ? "Use with caution in people with " + object.name() + "."
                : "Precaution: " + object.name() + ".";
        return claim.qualifiers().note() == null
                ? text
                : text + " (" + claim.qualifiers().note() + ")";
    }
}
