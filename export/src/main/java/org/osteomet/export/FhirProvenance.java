package org.osteomet.export;

import org.osteomet.core.Citation;
import org.osteomet.core.Claim;
import org.osteomet.core.ClaimStatus;
import org.osteomet.core.Content;
import org.osteomet.core.Source;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Citation per source article, and a Provenance per claim that the FHIR resources state, tying it to its sources
 * and verbatim quotes.
 */
final class FhirProvenance {
    static final String CITATION = "Citation";
    static final String PROVENANCE = "Provenance";

    private FhirProvenance() {}

    static FhirEntry citation(Source source, String version) {
        StringBuilder html = new StringBuilder("<p><i>")
                .append(Fhir.escape(source.title()))
                .append("</i>, ")
                .append(Fhir.escape(source.publisher()));
        if (source.dateAsStated() != null) {
            html.append(" (").append(Fhir.escape(source.dateAsStated())).append(')');
        }
        html.append(".</p>");
        ObjectNode citation = Fhir.resource(CITATION, source.id(), html.toString());
        Fhir.definitional(
                citation, Fhir.canonical(CITATION, source.id()), Fhir.SOURCE_IDS, source.id(), version, source.title());
        ObjectNode artifact = citation.putObject("citedArtifact");
        ObjectNode snapshot = artifact.putArray("identifier").addObject();
        snapshot.put("system", Fhir.SNAPSHOT_SHA256);
        snapshot.put("value", source.sha256());
        artifact.putArray("title").addObject().put("text", source.title());
        ObjectNode form = artifact.putArray("publicationForm").addObject();
        // publishedIn.publisher is a Reference; the publisher is named, not a resource of the bundle.
        form.putObject("publishedIn").set("publisher", Fhir.displayReference(source.publisher()));
        if (source.date() != null) {
            form.put("publicationDateText", source.dateAsStated());
            form.put("lastRevisionDate", source.date().toString());
        }
        if (!source.experts().isEmpty()) {
            ArrayNode entries = artifact.putObject("contributorship").putArray("entry");
            source.experts().forEach(expert -> entries.addObject().set("contributor", Fhir.displayReference(expert)));
        }
        return new FhirEntry(CITATION, source.id(), citation);
    }

    /**
     * Returns the claim's Provenance: the claim's id and status, the resource that states it, and per citation the
     * Citation with the verbatim quote in the {@code quote} extension.
     *
     * @param target the resource that states the claim: its ClinicalUseDefinition, else the resource of its subject
     */
    static FhirEntry provenance(Content content, Claim claim, FhirEntry target) {
        ObjectNode provenance =
                Fhir.resource(PROVENANCE, claim.id(), "<p>" + Fhir.escape(Statements.claim(content, claim)) + ".</p>");
        ArrayNode extensions = provenance.putArray("extension");
        extensions.addObject().put("url", FhirDefinitions.CLAIM).put("valueString", claim.id());
        ClaimStatus status = content.status(claim);
        if (status != ClaimStatus.NORMAL) {
            extensions.add(FhirDefinitions.claimStatusExtension(status));
        }
        provenance.putArray("target").add(Fhir.reference(target.type(), target.key(), null));
        provenance.putArray("agent").addObject().set("who", FhirTerminology.curatorReference());
        ArrayNode entities = provenance.putArray("entity");
        for (Citation cited : claim.citations()) {
            ObjectNode entity = entities.addObject();
            entity.putArray("extension")
                    .addObject()
                    .put("url", FhirDefinitions.QUOTE)
                    .put("valueString", cited.quote());
            entity.put("role", "quotation");
            entity.set(
                    "what",
                    content.source(cited.source()).isPresent()
                            ? Fhir.reference(CITATION, cited.source(), null)
                            : Fhir.displayReference(cited.source()));
        }
        return new FhirEntry(PROVENANCE, claim.id(), provenance);
    }
}
