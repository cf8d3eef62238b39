package org.osteomet.export;

import java.util.Map;
import java.util.Optional;
import org.osteomet.core.Claim;
import org.osteomet.core.ClaimPredicate;
import org.osteomet.core.ClaimStatus;
import org.osteomet.core.Concept;
import org.osteomet.core.ConceptKind;
import org.osteomet.core.Content;
import org.osteomet.core.Frequency;
import tools.jackson.databind.node.ObjectNode;

/**
 * ClinicalUseDefinitions: one per indication, contraindication, side effect, caution or precaution claim about a
 * treatment.
 *
 * <p>A negated claim gets none: "does not harm normal cells" must never become an undesirable effect. A drug's
 * clinical uses have no subject, because {@code ClinicalUseDefinition.subject} cannot point to a
 * MedicationKnowledge; the drug points to them through {@code clinicalUseIssue} instead.
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

    /** Returns the resource type and concept id the clinical use's subject refers to, if it may have one. */
    static Optional<String> subjectType(Concept subject) {
        if (subject.kind() == ConceptKind.PROCEDURE) {
            return Optional.of(FhirTreatments.ACTIVITY);
        }
        if (subject.kind() == ConceptKind.TREATMENT_CLASS) {
            return Optional.of(FhirTreatments.PLAN);
        }
        return Optional.empty();
    }

    static FhirEntry of(Content content, Claim claim) {
        Concept subject = content.concept(claim.subject()).orElseThrow();
        Concept object = claim.objectConcept().flatMap(content::concept).orElseThrow();
        String type = TYPES.get(claim.predicate());
        ObjectNode cud =
                Fhir.resource(TYPE, claim.id(), "<p>" + Fhir.escape(Statements.claim(content, claim)) + ".</p>");
        Fhir.identifier(cud, Fhir.CLAIM_IDS, claim.id());
        ClaimStatus status = content.status(claim);
        if (status != ClaimStatus.NORMAL) {
            // A disputed use must not read as settled; the adjudications say why (json/osteomet.json).
            cud.putObject("status").put("text", status.id());
        }
        cud.put("type", type);
        subjectType(subject)
                .ifPresent(t -> cud.putArray("subject").add(Fhir.reference(t, subject.id(), subject.name())));
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
            effect.set("frequencyOfOccurrence", Fhir.hl7Code(FREQUENCY_SYSTEM, code, code, Statements.word(frequency)));
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
