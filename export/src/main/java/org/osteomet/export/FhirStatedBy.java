package org.osteomet.export;

import java.util.Map;
import java.util.Set;
import org.osteomet.core.Claim;
import org.osteomet.core.ClaimPredicate;
import org.osteomet.core.Concept;
import org.osteomet.core.ConceptKind;
import org.osteomet.core.Content;

/**
 * Which FHIR resource states a claim, and so which resource the claim's Provenance targets.
 *
 * <p>Only claims that a resource of the bundle states get a Provenance; the others ("mechanism", "definition" and
 * the like) have no FHIR element to trace and stay in {@code json/osteomet.json}, with their quotes. A claim that
 * an adjudication names always gets one, so that its ArtifactAssessment has something to point to.
 */
final class FhirStatedBy {
    private static final Set<ClaimPredicate> DOSING = Set.copyOf(FhirDosages.PREDICATES);

    private FhirStatedBy() {}

    /**
     * Returns the resource that states the claim, or null if none does.
     *
     * @param clinicalUses the ClinicalUseDefinitions by claim id
     * @param treatments the MedicinalProductDefinitions, ActivityDefinitions and PlanDefinitions by concept id
     * @param medications the MedicationKnowledges by drug id
     * @param codeSystem the concepts' CodeSystem, the last resort for an adjudicated claim about something else
     */
    static FhirEntry target(
            Content content,
            Claim claim,
            Map<String, FhirEntry> clinicalUses,
            Map<String, FhirEntry> treatments,
            Map<String, FhirEntry> medications,
            FhirEntry codeSystem) {
        if (clinicalUses.containsKey(claim.id())) {
            return clinicalUses.get(claim.id());
        }
        FhirEntry stated = claim.qualifiers().negated() ? null : statedBy(content, claim, treatments, medications);
        if (stated != null || content.adjudicationsOf(claim.id()).isEmpty()) {
            return stated;
        }
        return treatments.getOrDefault(claim.subject(), codeSystem);
    }

    private static FhirEntry statedBy(
            Content content, Claim claim, Map<String, FhirEntry> treatments, Map<String, FhirEntry> medications) {
        ConceptKind kind = content.concept(claim.subject()).map(Concept::kind).orElse(null);
        if (kind == null || FhirTreatments.typeOf(kind) == null) {
            return null;
        }
        ClaimPredicate predicate = claim.predicate();
        if (predicate == ClaimPredicate.IS_A) {
            // A drug's classes are its classification; every member is an action of its class's PlanDefinition.
            return kind == ConceptKind.DRUG
                    ? treatments.get(claim.subject())
                    : treatments.get(claim.objectConcept().orElse(null));
        }
        if (DOSING.contains(predicate)) {
            return switch (kind) {
                case DRUG -> medications.get(claim.subject());
                case PROCEDURE -> treatments.get(claim.subject());
                default -> null;
            };
        }
        if (predicate == ClaimPredicate.BRAND_NAME && kind == ConceptKind.DRUG) {
            return treatments.get(claim.subject());
        }
        if (predicate == ClaimPredicate.BENEFIT && kind == ConceptKind.TREATMENT_CLASS) {
            return treatments.get(claim.subject());
        }
        return null;
    }
}
