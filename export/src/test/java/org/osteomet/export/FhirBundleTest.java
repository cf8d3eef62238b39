package org.osteomet.export;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.osteomet.content.ContentLoader;
import org.osteomet.core.ConceptKind;
import org.osteomet.core.Content;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Checks the FHIR bundle of the shipped content, validated offline with HAPI FHIR once for the whole class. */
class FhirBundleTest {
    static Content content;
    static Map<String, byte[]> files;
    static JsonNode bundle;
    static List<SingleValidationMessage> messages;

    @BeforeAll
    static void exportAndValidateOnce() throws Exception {
        content = ContentLoader.load();
        files = ExportFiles.render(FhirExport.write(content, "1.0"));
        String json = new String(files.get(FhirExport.BUNDLE), StandardCharsets.UTF_8);
        bundle = TestJson.parse(json);
        FhirValidation.addTerminology(json);
        messages = FhirValidation.validate(json);
    }

    @Test
    void hapiFindsNoErrorsOrWarnings(TestReporter reporter) {
        reporter.publishEntry(
                "HAPI information messages",
                String.valueOf(FhirValidation.withSeverity(messages, ResultSeverityEnum.INFORMATION)
                        .size()));

        assertThat(FhirValidation.withSeverity(
                        messages, ResultSeverityEnum.FATAL, ResultSeverityEnum.ERROR, ResultSeverityEnum.WARNING))
                .extracting(m -> m.getSeverity() + " " + m.getLocationString() + " " + m.getMessage())
                .isEmpty();
    }

    @Test
    void isACollectionWithoutTimestampsWhoseEntriesHaveNameBasedUuidFullUrls() {
        assertThat(bundle.get("type").stringValue()).isEqualTo("collection");
        assertThat(bundle.has("timestamp")).isFalse();
        Set<String> fullUrls = new HashSet<>();
        for (JsonNode entry : bundle.get("entry")) {
            String fullUrl = entry.get("fullUrl").stringValue();
            assertThat(fullUrl).isEqualTo("urn:uuid:" + entry.at("/resource/id").stringValue());
            assertThat(java.util.UUID.fromString(fullUrl.substring(9)).version())
                    .isEqualTo(3);
            assertThat(fullUrls.add(fullUrl)).as(fullUrl).isTrue();
            assertThat(entry.at("/resource/meta").isMissingNode()).isTrue();
        }
    }

    @Test
    void everyResourceHasAGeneratedNarrative() {
        for (JsonNode entry : bundle.get("entry")) {
            assertThat(entry.at("/resource/text/status").stringValue()).isEqualTo("generated");
            assertThat(entry.at("/resource/text/div").stringValue())
                    .startsWith("<div xmlns=\"http://www.w3.org/1999/xhtml\">")
                    .endsWith("</div>");
        }
    }

    @Test
    void holdsOneResourcePerDrugProcedureClassSourceAndClaim() {
        Map<String, Integer> counts = counts();

        assertThat(counts.get("MedicationKnowledge"))
                .isEqualTo(content.conceptsOfKind(ConceptKind.DRUG).size());
        assertThat(counts.get("ActivityDefinition"))
                .isEqualTo(content.conceptsOfKind(ConceptKind.PROCEDURE).size());
        assertThat(counts.get("PlanDefinition"))
                .isEqualTo(content.conceptsOfKind(ConceptKind.TREATMENT_CLASS).size());
        assertThat(counts.get("Citation")).isEqualTo(content.sources().size());
        assertThat(counts.get("Provenance")).isEqualTo(content.claims().size());
        assertThat(counts)
                .containsEntry("Organization", 1)
                .containsEntry("CodeSystem", 1)
                .containsEntry("ValueSet", 1);
        assertThat(List.copyOf(counts.keySet())).isSubsetOf(FhirExport.TYPE_ORDER);
    }

    @Test
    void usesOnlyItsOwnCodeSystemAndHl7sWhereFhirNeedsOne() {
        List<String> systems = new ArrayList<>();
        collect(bundle, "system", systems);

        assertThat(systems)
                .allSatisfy(system -> assertThat(system)
                        .matches("https://osteomet\\.org/fhir/.*|http://hl7\\.org/fhir/undesirable-effect-frequency"));
        assertThat(new String(files.get(FhirExport.BUNDLE), StandardCharsets.UTF_8).toLowerCase(java.util.Locale.ROOT))
                .doesNotContain("snomed")
                .doesNotContain("icd-10")
                .doesNotContain("rxnorm");
    }

    @Test
    void aNegatedClaimBecomesNoClinicalUseAndNoDosage() {
        assertThat(resources("ClinicalUseDefinition"))
                .extracting(r -> r.at("/identifier/0/value").stringValue())
                .contains("radiopharmaceuticals-side-effect-bone-marrow-damage")
                .doesNotContain("radiopharmaceuticals-side-effect-normal-cell-damage");
        JsonNode denosumab = drug("denosumab");
        assertThat(denosumab.at("/name").toString()).isEqualTo("[\"Xgeva\"]");
        assertThat(denosumab
                        .at("/indicationGuideline/0/dosingGuideline/0/dosage/0/dosage")
                        .toString())
                .contains("subcutaneous")
                .doesNotContain("intravenous");
        assertThat(denosumab
                        .at("/indicationGuideline/0/dosingGuideline/0/dosage/1/dosage/0/timing/repeat")
                        .toString())
                .isEqualTo("{\"frequency\":1,\"period\":4,\"periodUnit\":\"wk\"}");
    }

    @Test
    void aDrugLinksItsClinicalUsesWhichHaveNoSubject() {
        JsonNode denosumab = drug("denosumab");
        Set<String> linked = new HashSet<>();
        denosumab
                .get("clinicalUseIssue")
                .forEach(r -> linked.add(r.get("reference").stringValue()));

        assertThat(linked).isNotEmpty();
        for (JsonNode entry : bundle.get("entry")) {
            if (linked.contains(entry.get("fullUrl").stringValue())) {
                assertThat(entry.at("/resource/resourceType").stringValue()).isEqualTo("ClinicalUseDefinition");
                assertThat(entry.at("/resource/subject").isMissingNode()).isTrue();
            }
        }
    }

    @Test
    void everyProvenanceQuotesItsClaimsCitations() {
        JsonNode provenance = resources("Provenance").stream()
                .filter(p -> p.at("/target/0/display").stringValue().equals("claim denosumab-brand-name-xgeva"))
                .findFirst()
                .orElseThrow();

        assertThat(provenance.get("entity")).hasSize(3);
        assertThat(provenance.at("/entity/0/role").stringValue()).isEqualTo("quotation");
        assertThat(provenance.at("/entity/0/what/display").stringValue()).isEqualTo("Denosumab (Xgeva)");
        assertThat(provenance.at("/agent/0/who/display").stringValue()).isEqualTo("osteomet");
    }

    @Test
    void ndjsonHoldsEveryResourceOnceWithRelativeReferencesThatResolve() {
        Map<String, Integer> lines = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        List<String> references = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (!file.getKey().startsWith("fhir/ndjson/")) {
                continue;
            }
            String type = file.getKey().substring("fhir/ndjson/".length()).replace(".ndjson", "");
            for (String line :
                    new String(file.getValue(), StandardCharsets.UTF_8).lines().toList()) {
                JsonNode resource = TestJson.parse(line);
                assertThat(resource.get("resourceType").stringValue()).isEqualTo(type);
                ids.add(type + "/" + resource.get("id").stringValue());
                collect(resource, "reference", references);
                lines.merge(type, 1, Integer::sum);
            }
        }

        assertThat(lines).isEqualTo(counts());
        assertThat(references)
                .isNotEmpty()
                .allSatisfy(reference -> assertThat(ids).contains(reference));
    }

    @Test
    void hapiReportsAClinicalUseWhoseSubjectIsAMedicationKnowledge() {
        ObjectNode small = bundle.deepCopy().asObject();
        ArrayNode entries = small.putArray("entry");
        JsonNode drugEntry = entryOf(drug("denosumab"));
        ObjectNode useEntry =
                entryOf(resources("ClinicalUseDefinition").get(0)).deepCopy().asObject();
        useEntry.withObject("/resource")
                .putArray("subject")
                .addObject()
                .put("reference", drugEntry.get("fullUrl").stringValue());
        entries.add(drugEntry.deepCopy()).add(useEntry);
        ((ObjectNode) entries.get(0).get("resource"))
                .remove(List.of("clinicalUseIssue", "indicationGuideline", "author"));

        assertThat(FhirValidation.withSeverity(FhirValidation.validate(small.toString()), ResultSeverityEnum.ERROR))
                .extracting(SingleValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("MedicationKnowledge"));
    }

    @Test
    void hapiWarnsAboutAResourceWithoutNarrative() {
        JsonNode organization = resources("Organization").get(0).deepCopy();
        ((ObjectNode) organization).remove("text");

        assertThat(FhirValidation.withSeverity(
                        FhirValidation.validate(organization.toString()), ResultSeverityEnum.WARNING))
                .extracting(SingleValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("dom-6"));
    }

    private static Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        bundle.get("entry")
                .forEach(e -> counts.merge(e.at("/resource/resourceType").stringValue(), 1, Integer::sum));
        return counts;
    }

    private static JsonNode entryOf(JsonNode resource) {
        for (JsonNode entry : bundle.get("entry")) {
            if (entry.get("resource") == resource) {
                return entry;
            }
        }
        throw new AssertionError("not in the bundle");
    }

    private static List<JsonNode> resources(String type) {
        List<JsonNode> resources = new ArrayList<>();
        for (JsonNode entry : bundle.get("entry")) {
            if (entry.at("/resource/resourceType").stringValue().equals(type)) {
                resources.add(entry.get("resource"));
            }
        }
        return resources;
    }

    private static JsonNode drug(String id) {
        return resources("MedicationKnowledge").stream()
                .filter(r -> r.at("/identifier/0/value").stringValue().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static void collect(JsonNode node, String key, List<String> out) {
        if (node.isObject() && node.has(key) && node.get(key).isString()) {
            out.add(node.get(key).stringValue());
        }
        node.forEach(child -> collect(child, key, out));
    }
}
