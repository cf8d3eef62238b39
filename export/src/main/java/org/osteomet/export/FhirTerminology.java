package org.osteomet.export;

import org.osteomet.core.Concept;
import org.osteomet.core.Content;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The curator's Organization, osteomet's own CodeSystem and ValueSet of concepts, and population Groups. */
final class FhirTerminology {
    static final String CURATOR = "osteomet";

    private FhirTerminology() {}

    static FhirEntry curator() {
        ObjectNode org = Fhir.resource(
                "Organization", CURATOR, "<p>The osteomet project, which curates the claims and their citations.</p>");
        org.put("active", true);
        org.put("name", "osteomet");
        return new FhirEntry("Organization", CURATOR, org);
    }

    static ObjectNode curatorReference() {
        return Fhir.reference("Organization", CURATOR, null);
    }

    static FhirEntry codeSystem(Content content, String version) {
        // The concepts themselves are the content; a table of them would only repeat it.
        String html = "<p>The osteomet concepts: " + content.concepts().size()
                + " codes, each an osteomet concept id, with its name as display.</p>";
        ObjectNode cs = Fhir.resource("CodeSystem", "osteomet-concepts", html);
        Fhir.definitional(cs, Fhir.CONCEPTS, null, "osteomet-concepts", version, "osteomet concepts");
        cs.put(
                "description",
                "The treatments, side effects, conditions and other concepts that osteomet claims are about; each"
                        + " code is an osteomet concept id.");
        cs.put("caseSensitive", true);
        cs.put("valueSet", Fhir.CONCEPTS_VALUE_SET);
        cs.put("content", "complete");
        cs.put("count", content.concepts().size());
        ArrayNode declared = cs.putArray("property");
        declared.add(property("kind", "What sort of thing the concept is, such as drug or side effect", "code"));
        declared.add(
                property("brand-name", "A name a manufacturer sells the drug under, exactly as written", "string"));
        declared.add(
                property("other-name", "Another name the sources use for the concept, exactly as written", "string"));
        ArrayNode concepts = cs.putArray("concept");
        for (Concept concept : content.concepts()) {
            ObjectNode code = concepts.addObject();
            code.put("code", concept.id());
            code.put("display", concept.name());
            ArrayNode properties = code.putArray("property");
            properties
                    .addObject()
                    .put("code", "kind")
                    .put("valueCode", concept.kind().name());
            // Names as properties, not designations: offline, HL7's validator can check neither a designation's
            // language (BCP 47 needs a terminology server) nor its use (SNOMED CT), and flags one without both.
            concept.brandNames()
                    .forEach(name ->
                            properties.addObject().put("code", "brand-name").put("valueString", name));
            concept.synonyms()
                    .forEach(name ->
                            properties.addObject().put("code", "other-name").put("valueString", name));
        }
        return new FhirEntry("CodeSystem", "osteomet-concepts", cs);
    }

    private static ObjectNode property(String code, String description, String type) {
        return Fhir.object()
                .put("code", code)
                .put("uri", Fhir.CONCEPTS + "#" + code)
                .put("description", description)
                .put("type", type);
    }

    static FhirEntry valueSet(String version) {
        ObjectNode vs = Fhir.resource(
                "ValueSet", "osteomet-concepts", "<p>Every code of the osteomet concepts code system.</p>");
        Fhir.definitional(vs, Fhir.CONCEPTS_VALUE_SET, null, "osteomet-concepts", version, "osteomet concepts");
        vs.put("description", "All osteomet concepts.");
        vs.putObject("compose").putArray("include").addObject().put("system", Fhir.CONCEPTS);
        return new FhirEntry("ValueSet", "osteomet-concepts", vs);
    }

    /** Returns the group of people with a condition, which clinical-use statements limited to them point to. */
    static FhirEntry population(Content content, String conceptId) {
        Concept concept = content.concept(conceptId).orElseThrow();
        ObjectNode group = Fhir.resource("Group", conceptId, "<p>People with " + Fhir.escape(concept.name()) + ".</p>");
        Fhir.identifier(group, Fhir.CONCEPT_IDS, conceptId);
        group.put("type", "person");
        group.put("membership", "definitional");
        group.put("name", "People with " + concept.name());
        ObjectNode characteristic = group.putArray("characteristic").addObject();
        characteristic.set("code", Fhir.text("has the condition"));
        characteristic.set("valueCodeableConcept", Fhir.concept(concept));
        characteristic.put("exclude", false);
        return new FhirEntry("Group", conceptId, group);
    }
}
