package org.osteomet.export;

import org.osteomet.core.Adjudication;
import org.osteomet.core.ClaimStatus;
import org.osteomet.core.Decision;
import tools.jackson.databind.node.ObjectNode;

/**
 * ArtifactAssessments, as EBM on FHIR uses them for classifications and disputes: one per claim an adjudication
 * names, classifying the claim as preferred or disputed and giving the reviewers' rationale.
 */
final class FhirAssessments {
    static final String TYPE = "ArtifactAssessment";

    private FhirAssessments() {}

    /** Returns the key of the assessment of one claim in one adjudication. */
    static String key(Adjudication adjudication, String claimId) {
        return adjudication.id() + "/" + claimId;
    }

    /**
     * Returns the assessment of one claim that the adjudication names.
     *
     * @param artifact the resource that carries the claim: its ClinicalUseDefinition, else its Provenance
     */
    static FhirEntry of(Adjudication adjudication, String claimId, FhirEntry artifact) {
        ClaimStatus status = adjudication.decision() == Decision.PREFER && claimId.equals(adjudication.preferred())
                ? ClaimStatus.PREFERRED
                : ClaimStatus.DISPUTED;
        String others = String.join(
                ", ",
                adjudication.claims().stream().filter(c -> !c.equals(claimId)).toList());
        String key = key(adjudication, claimId);
        ObjectNode assessment = Fhir.resource(
                TYPE,
                key,
                "<p>Adjudication <code>" + Fhir.escape(adjudication.id()) + "</code>: claim <code>"
                        + Fhir.escape(claimId) + "</code> is " + status.id() + " against "
                        + Fhir.escape(others) + ".</p>");
        assessment
                .putArray("extension")
                .addObject()
                .put("url", FhirDefinitions.CLAIM)
                .put("valueString", claimId);
        Fhir.identifier(assessment, Fhir.ADJUDICATION_IDS, adjudication.id());
        assessment.put("title", "Adjudication " + adjudication.id() + ": " + claimId);
        assessment.set("artifactReference", Fhir.reference(artifact.type(), artifact.key(), null));
        ObjectNode content = assessment.putArray("content").addObject();
        content.put("informationType", "classifier");
        content.put("summary", adjudication.rationale());
        content.set("type", Fhir.text("claim status"));
        content.putArray("classifier")
                .add(Fhir.code(FhirDefinitions.CLAIM_STATUSES, status.id(), status.id(), status.id()));
        content.set("author", FhirTerminology.curatorReference());
        assessment.put("workflowStatus", "resolved-no-change");
        return new FhirEntry(TYPE, key, assessment);
    }
}
