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
    static JsonNode extensions;
    static List<SingleValidationMessage> messages;

    @BeforeAll
    static void exportAndValidateOnce() throws Exception {
        content = ContentLoader.load();
        files = ExportFiles.render(FhirExport.write(content, "1.0"));
        String json = new String(files.get(FhirExport.BUNDLE), StandardCharsets.UTF_8);
        bundle = TestJson.parse(json);
        String extensionsJson = new String(files.get(FhirExport.EXTENSIONS), StandardCharsets.UTF_8);
        extensions = TestJson.parse(extensionsJson);
        FhirValidation.addTerminology(extensionsJson);
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
    void isATransactionOfPutsWithoutTimestampsWhoseEntriesHaveNameBasedUuidFullUrls() {
        assertThat(bundle.get("type").stringValue()).isEqualTo("transaction");
        assertThat(bundle.has("timestamp")).isFalse();
        Set<String> fullUrls = new HashSet<>();
        for (JsonNode entry : bundle.get("entry")) {
            String fullUrl = entry.get("fullUrl").stringValue();
            String id = entry.at("/resource/id").stringValue();
            assertThat(fullUrl).isEqualTo("urn:uuid:" + id);
            assertThat(java.util.UUID.fromString(fullUrl.substring(9)).version())
                    .isEqualTo(3);
            assertThat(fullUrls.add(fullUrl)).as(fullUrl).isTrue();
            assertThat(entry.at("/resource/meta").isMissingNode()).isTrue();
            assertThat(entry.at("/request/method").stringValue()).isEqualTo("PUT");
            assertThat(entry.at("/request/url").stringValue())
                    .isEqualTo(entry.at("/resource/resourceType").stringValue() + "/" + id);
        }
    }

    @Test
    void reportsFhirBytesPerClaim(TestReporter reporter) {
        long fhir = files.entrySet().stream()
                .filter(f -> f.getKey().startsWith("fhir/"))
                .mapToLong(f -> f.getValue().length)
                .sum();
        long bundleBytes = files.get(FhirExport.BUNDLE).length;
        int claims = content.claims().size();
        reporter.publishEntry("FHIR bytes per claim (bundle and NDJSON)", String.valueOf(fhir / claims));
        reporter.publishEntry("FHIR bytes per claim (bundle only)", String.valueOf(bundleBytes / claims));

        // 3,544 before narratives, Provenances and indentation were cut to what carries information; 1,780 after.
        assertThat(fhir / claims).isLessThan(2000);
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
    void holdsOneResourcePerDrugProcedureClassSourceAndStatedClaim() {
        Map<String, Integer> counts = counts();

        assertThat(counts.get("MedicinalProductDefinition"))
                .isEqualTo(content.conceptsOfKind(ConceptKind.DRUG).size());
        assertThat(counts.get("MedicationKnowledge"))
                .isPositive()
                .isLessThanOrEqualTo(content.conceptsOfKind(ConceptKind.DRUG).size());
        assertThat(counts.get("ActivityDefinition"))
                .isEqualTo(content.conceptsOfKind(ConceptKind.PROCEDURE).size());
        assertThat(counts.get("PlanDefinition"))
                .isEqualTo(content.conceptsOfKind(ConceptKind.TREATMENT_CLASS).size());
        assertThat(counts.get("Citation")).isEqualTo(content.sources().size());
        assertThat(counts.get("Provenance"))
                .isGreaterThanOrEqualTo(counts.get("ClinicalUseDefinition"))
                .isLessThan(content.claims().size());
        assertThat(counts)
                .containsEntry("Organization", 1)
                .containsEntry("CodeSystem", 2)
                .containsEntry("ValueSet", 2)
                .doesNotContainKey("StructureDefinition");
        assertThat(List.copyOf(counts.keySet())).isSubsetOf(FhirExport.TYPE_ORDER);
    }

    @Test
    void theExtensionsAreDefinedInATransactionOfTheirOwn() {
        assertThat(extensions.get("type").stringValue()).isEqualTo("transaction");
        assertThat(extensions.get("entry"))
                .extracting(e -> e.at("/resource/url").stringValue())
                .containsExactly(
                        FhirDefinitions.CLAIM,
                        FhirDefinitions.CLAIM_STATUS,
                        FhirDefinitions.QUOTE,
                        FhirDefinitions.STATED_FOR);
        assertThat(extensions.get("entry"))
                .allSatisfy(e -> assertThat(e.at("/request/url").stringValue()).startsWith("StructureDefinition/"));
    }

    @Test
    void brandNamesAndSynonymsAreTypedPropertiesAndProductNames() {
        JsonNode codeSystem = resources("CodeSystem").stream()
                .filter(r -> r.get("url").stringValue().equals(Fhir.CONCEPTS))
                .findFirst()
                .orElseThrow();
        JsonNode denosumab = null;
        for (JsonNode concept : codeSystem.get("concept")) {
            assertThat(concept.has("designation")).isFalse();
            if (concept.get("code").stringValue().equals("denosumab")) {
                denosumab = concept;
            }
        }

        assertThat(denosumab.get("property").toString())
                .isEqualTo("[{\"code\":\"kind\",\"valueCode\":\"DRUG\"},"
                        + "{\"code\":\"brand-name\",\"valueString\":\"Xgeva\"}]");
        assertThat(byIdentifier("MedicinalProductDefinition", "denosumab").get("name"))
                .extracting(n -> n.get("productName").stringValue() + " ("
                        + n.at("/type/text").stringValue() + ")")
                .containsExactly("denosumab (name)", "Xgeva (brand name)");
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
        assertThat(byIdentifier("MedicinalProductDefinition", "denosumab")
                        .at("/name")
                        .toString())
                .contains("\"productName\":\"Xgeva\"");
        JsonNode denosumab = byIdentifier("MedicationKnowledge", "denosumab");
        assertThat(denosumab
                        .at("/indicationGuideline/0/dosingGuideline/0/dosage/0/dosage")
                        .toString())
                .contains("subcutaneous")
                .doesNotContain("intravenous");
        assertThat(denosumab
                        .at("/indicationGuideline/0/dosingGuideline/0/dosage/1/dosage/0/timing/repeat")
                        .toString())
                .isEqualTo("{\"frequency\":1,\"period\":4,\"periodUnit\":\"wk\"}");
        assertThat(denosumab.at("/definitional/definition/0/reference").stringValue())
                .isEqualTo(entryOf(byIdentifier("MedicinalProductDefinition", "denosumab"))
                        .get("fullUrl")
                        .stringValue());
    }

    @Test
    void aDrugsOwnClinicalUsesNameItsProductAsSubject() {
        String product = entryOf(byIdentifier("MedicinalProductDefinition", "denosumab"))
                .get("fullUrl")
                .stringValue();

        assertThat(clinicalUsesWithSubject(product))
                .extracting(r -> r.at("/identifier/0/value").stringValue())
                .contains("denosumab-side-effect-nausea", "denosumab-side-effect-osteonecrosis-of-the-jaw")
                .allSatisfy(id -> assertThat(id).startsWith("denosumab-"));
        assertThat(byIdentifier("ClinicalUseDefinition", "denosumab-side-effect-nausea")
                        .has("extension"))
                .isFalse();
    }

    @Test
    void aClassContraindicationReachesItsMemberDrugMarkedAsStatedForTheClass() {
        String zoledronate = entryOf(byIdentifier("MedicinalProductDefinition", "zoledronate"))
                .get("fullUrl")
                .stringValue();
        String bisphosphonates = entryOf(byIdentifier("PlanDefinition", "bisphosphonates"))
                .get("fullUrl")
                .stringValue();

        JsonNode kidney = clinicalUsesWithSubject(zoledronate).stream()
                .filter(r -> r.at("/identifier/0/value")
                        .stringValue()
                        .equals("bisphosphonates-contraindicated-in-kidney-problems"))
                .findFirst()
                .orElseThrow();
        assertThat(kidney.at("/subject/0/reference").stringValue()).isEqualTo(bisphosphonates);
        assertThat(kidney.at("/extension/0/url").stringValue()).isEqualTo(FhirDefinitions.STATED_FOR);
        assertThat(kidney.at("/extension/0/valueReference/reference").stringValue())
                .isEqualTo(bisphosphonates);
        assertThat(kidney.at("/contraindication/diseaseSymptomProcedure/concept/coding/0/code")
                        .stringValue())
                .isEqualTo("kidney-problems");
    }

    @Test
    void everyProvenanceNamesItsClaimAndQuotesItsCitationsInTheQuoteExtension() {
        JsonNode provenance = provenanceOf("denosumab-brand-name-xgeva");

        assertThat(provenance.get("entity")).hasSize(3);
        assertThat(provenance.at("/entity/0/role").stringValue()).isEqualTo("quotation");
        assertThat(provenance.at("/entity/0/extension/0/url").stringValue()).isEqualTo(FhirDefinitions.QUOTE);
        assertThat(provenance.at("/entity/0/extension/0/valueString").stringValue())
                .isEqualTo("Denosumab (Xgeva)");
        assertThat(provenance.at("/target/0/reference").stringValue())
                .isEqualTo(entryOf(byIdentifier("MedicinalProductDefinition", "denosumab"))
                        .get("fullUrl")
                        .stringValue());
        assertThat(provenance.at("/agent/0/who/reference").stringValue())
                .isEqualTo(
                        entryOf(resources("Organization").get(0)).get("fullUrl").stringValue());
        for (JsonNode each : resources("Provenance")) {
            assertThat(each.get("entity"))
                    .isNotEmpty()
                    .allSatisfy(e -> assertThat(e.at("/extension/0/valueString").stringValue())
                            .isNotBlank());
        }
    }

    @Test
    void aClaimNoResourceStatesGetsNoProvenance() {
        assertThat(content.claim("denosumab-mechanism")).isPresent();
        assertThat(provenances()).containsKey("denosumab-side-effect-nausea").doesNotContainKey("denosumab-mechanism");
    }

    @Test
    void adjudicationsBecomeAssessmentsAndStatusesMarkTheClaims() {
        List<JsonNode> assessments = resources("ArtifactAssessment");
        int named = content.adjudications().stream()
                .mapToInt(a -> new HashSet<>(a.claims()).size())
                .sum();
        JsonNode disputed = assessments.stream()
                .filter(a -> a.at("/extension/0/valueString")
                        .stringValue()
                        .equals("radiopharmaceuticals-side-effect-normal-cell-damage"))
                .findFirst()
                .orElseThrow();
        JsonNode preferredUse =
                byIdentifier("ClinicalUseDefinition", "radiopharmaceuticals-side-effect-bone-marrow-damage");

        assertThat(assessments).hasSize(named);
        assertThat(disputed.at("/identifier/0/value").stringValue()).isEqualTo("radiopharmaceuticals-normal-cell-harm");
        assertThat(disputed.at("/content/0/classifier/0/coding/0/code").stringValue())
                .isEqualTo("disputed");
        assertThat(disputed.at("/content/0/summary").stringValue()).contains("disputed");
        assertThat(disputed.at("/artifactReference/reference").stringValue())
                .isEqualTo(entryOf(provenanceOf("radiopharmaceuticals-side-effect-normal-cell-damage"))
                        .get("fullUrl")
                        .stringValue());
        assertThat(preferredUse.toString())
                .contains("{\"url\":\"" + FhirDefinitions.CLAIM_STATUS + "\",\"valueCode\":\"preferred\"}");
        assertThat(provenanceOf("radiopharmaceuticals-route-intraosseous").toString())
                .contains("{\"url\":\"" + FhirDefinitions.CLAIM_STATUS + "\",\"valueCode\":\"disputed\"}");
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

        Map<String, Integer> expected = new LinkedHashMap<>(counts());
        expected.put("StructureDefinition", extensions.get("entry").size());
        assertThat(lines).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(references)
                .isNotEmpty()
                .allSatisfy(reference -> assertThat(ids).contains(reference));
    }

    @Test
    void hapiReportsAClinicalUseWhoseSubjectIsAMedicationKnowledge() {
        ObjectNode small = bundle.deepCopy().asObject();
        ArrayNode entries = small.putArray("entry");
        JsonNode drugEntry = entryOf(byIdentifier("MedicationKnowledge", "denosumab"));
        ObjectNode useEntry = entryOf(byIdentifier("ClinicalUseDefinition", "denosumab-side-effect-nausea"))
                .deepCopy()
                .asObject();
        useEntry.withObject("/resource")
                .putArray("subject")
                .addObject()
                .put("reference", drugEntry.get("fullUrl").stringValue());
        entries.add(drugEntry.deepCopy()).add(useEntry);
        ((ObjectNode) entries.get(0).get("resource")).remove(List.of("indicationGuideline", "definitional"));

        assertThat(FhirValidation.withSeverity(FhirValidation.validate(small.toString()), ResultSeverityEnum.ERROR))
                .extracting(SingleValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("MedicationKnowledge"));
    }

    @Test
    void hapiReportsAQuoteExtensionWithoutAValue() {
        ObjectNode provenance =
                provenanceOf("denosumab-brand-name-xgeva").deepCopy().asObject();
        ((ObjectNode) provenance.at("/entity/0/extension/0")).remove("valueString");
        ((ObjectNode) provenance.at("/entity/0/extension/0")).put("valueBoolean", true);
        provenance.remove(List.of("target", "agent"));
        provenance.putArray("target").addObject().put("display", "a claim");
        provenance.putArray("agent").addObject().putObject("who").put("display", "osteomet");
        provenance
                .withArray("entity")
                .forEach(e -> ((ObjectNode) e).putObject("what").put("display", "a source"));

        assertThat(FhirValidation.withSeverity(
                        FhirValidation.validate(provenance.toString()), ResultSeverityEnum.ERROR))
                .extracting(SingleValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).containsIgnoringCase("boolean"));
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

    private static JsonNode byIdentifier(String type, String id) {
        return resources(type).stream()
                .filter(r -> r.at("/identifier/0/value").stringValue().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " " + id));
    }

    private static List<JsonNode> clinicalUsesWithSubject(String fullUrl) {
        List<JsonNode> uses = new ArrayList<>();
        for (JsonNode use : resources("ClinicalUseDefinition")) {
            for (JsonNode subject : use.path("subject")) {
                if (subject.get("reference").stringValue().equals(fullUrl)) {
                    uses.add(use);
                }
            }
        }
        return uses;
    }

    private static Map<String, JsonNode> provenances() {
        Map<String, JsonNode> byClaim = new LinkedHashMap<>();
        for (JsonNode provenance : resources("Provenance")) {
            for (JsonNode extension : provenance.get("extension")) {
                if (extension.get("url").stringValue().equals(FhirDefinitions.CLAIM)) {
                    byClaim.put(extension.get("valueString").stringValue(), provenance);
                }
            }
        }
        return byClaim;
    }

    private static JsonNode provenanceOf(String claimId) {
        JsonNode provenance = provenances().get(claimId);
        if (provenance == null) {
            throw new AssertionError("no Provenance of " + claimId);
        }
        return provenance;
    }

    private static void collect(JsonNode node, String key, List<String> out) {
        if (node.isObject() && node.has(key) && node.get(key).isString()) {
            out.add(node.get(key).stringValue());
        }
        node.forEach(child -> collect(child, key, out));
    }
}
