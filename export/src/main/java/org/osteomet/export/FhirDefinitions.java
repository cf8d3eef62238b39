package org.osteomet.export;

import java.util.List;
import org.osteomet.core.ClaimStatus;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * osteomet's own conformance resources: the extensions it uses, each defined by a StructureDefinition, and the
 * code system and value set of claim statuses that they bind to.
 *
 * <p>Every one ships in the bundle, so that a validator given the bundle's conformance resources checks the
 * instances against them, as it would against an implementation guide.
 */
final class FhirDefinitions {
    static final String STRUCTURE = "StructureDefinition";
    static final String QUOTE = Fhir.BASE + "/StructureDefinition/quote";
    static final String CLAIM = Fhir.BASE + "/StructureDefinition/claim";
    static final String CLAIM_STATUS = Fhir.BASE + "/StructureDefinition/claim-status";
    static final String STATED_FOR = Fhir.BASE + "/StructureDefinition/stated-for";

    static final String CLAIM_STATUSES = Fhir.BASE + "/CodeSystem/osteomet-claim-status";
    static final String CLAIM_STATUSES_VALUE_SET = Fhir.BASE + "/ValueSet/osteomet-claim-status";

    private FhirDefinitions() {}

    /** Returns the StructureDefinitions of the extensions, in key order. */
    static List<FhirEntry> extensions(String version) {
        return List.of(
                extension(
                        version,
                        "claim",
                        "Claim",
                        "The id of the osteomet claim this resource states or traces; the same id as in"
                                + " json/osteomet.json.",
                        List.of("Provenance", "ArtifactAssessment"),
                        "string",
                        null),
                extension(
                        version,
                        "claim-status",
                        "Claim status",
                        "Whether reviewers preferred the claim over claims that contradict it, or found it disputed;"
                                + " absent means normal: in no recorded conflict.",
                        List.of("ClinicalUseDefinition", "Provenance"),
                        "code",
                        CLAIM_STATUSES_VALUE_SET),
                extension(
                        version,
                        "quote",
                        "Quote",
                        "The verbatim words of the cited source that state the claim, exactly as in the source's"
                                + " snapshot.",
                        List.of("Provenance.entity"),
                        "string",
                        null),
                extension(
                        version,
                        "stated-for",
                        "Stated for",
                        "The treatment the source stated this clinical use for, where the subject also lists the"
                                + " members of a class that the statement reaches.",
                        List.of("ClinicalUseDefinition"),
                        "Reference",
                        null));
    }

    private static FhirEntry extension(
            String version,
            String id,
            String title,
            String description,
            List<String> contexts,
            String valueType,
            String valueSet) {
        ObjectNode sd = Fhir.resource(
                STRUCTURE,
                id,
                "<p>Extension <code>" + id + "</code>: " + Fhir.escape(description) + " Value: " + valueType + ".</p>");
        Fhir.definitional(sd, Fhir.canonical(STRUCTURE, id), null, id, version, title);
        sd.put("description", description);
        sd.put("fhirVersion", "5.0.0");
        sd.put("kind", "complex-type");
        sd.put("abstract", false);
        ArrayNode context = sd.putArray("context");
        contexts.forEach(c -> context.addObject().put("type", "element").put("expression", c));
        sd.put("type", "Extension");
        sd.put("baseDefinition", "http://hl7.org/fhir/StructureDefinition/Extension");
        sd.put("derivation", "constraint");
        ArrayNode elements = sd.putObject("differential").putArray("element");
        ObjectNode root = elements.addObject();
        root.put("id", "Extension");
        root.put("path", "Extension");
        root.put("short", title);
        root.put("definition", description);
        root.put("max", "1");
        elements.addObject()
                .put("id", "Extension.extension")
                .put("path", "Extension.extension")
                .put("max", "0");
        elements.addObject()
                .put("id", "Extension.url")
                .put("path", "Extension.url")
                .put("fixedUri", Fhir.canonical(STRUCTURE, id));
        ObjectNode value = elements.addObject();
        value.put("id", "Extension.value[x]");
        value.put("path", "Extension.value[x]");
        value.put("min", 1);
        ObjectNode type = value.putArray("type").addObject().put("code", valueType);
        if ("Reference".equals(valueType)) {
            ArrayNode targets = type.putArray("targetProfile");
            List.of(FhirTreatments.PLAN, FhirTreatments.ACTIVITY, FhirTreatments.PRODUCT)
                    .forEach(t -> targets.add("http://hl7.org/fhir/StructureDefinition/" + t));
        }
        if (valueSet != null) {
            value.putObject("binding").put("strength", "required").put("valueSet", valueSet);
        }
        return new FhirEntry(STRUCTURE, id, sd);
    }

    /** Returns the code system of claim statuses, after Wikidata's statement ranks. */
    static FhirEntry claimStatuses(String version) {
        List<String[]> codes = List.of(
                new String[] {
                    ClaimStatus.PREFERRED.id(),
                    "preferred",
                    "Preferred by an adjudication over the claims it conflicts with."
                },
                new String[] {ClaimStatus.NORMAL.id(), "normal", "In no recorded conflict."},
                new String[] {
                    ClaimStatus.DISPUTED.id(),
                    "disputed",
                    "In a recorded conflict and not preferred: present it as disputed, never as a plain fact."
                });
        return codeSystem(
                version,
                "osteomet-claim-status",
                "osteomet claim statuses",
                "How far a claim can be trusted, as the adjudications of conflicts between sources decide.",
                codes);
    }

    static FhirEntry claimStatusValueSet(String version) {
        ObjectNode vs = Fhir.resource(
                "ValueSet", "osteomet-claim-status", "<p>Every code of the osteomet claim statuses code system.</p>");
        Fhir.definitional(
                vs, CLAIM_STATUSES_VALUE_SET, null, "osteomet-claim-status", version, "osteomet claim statuses");
        vs.put("description", "All osteomet claim statuses.");
        vs.putObject("compose").putArray("include").addObject().put("system", CLAIM_STATUSES);
        return new FhirEntry("ValueSet", "osteomet-claim-status", vs);
    }

    /** Returns the {@code claim-status} extension with the given status. */
    static ObjectNode claimStatusExtension(ClaimStatus status) {
        return Fhir.object().put("url", CLAIM_STATUS).put("valueCode", status.id());
    }

    private static FhirEntry codeSystem(
            String version, String id, String title, String description, List<String[]> codes) {
        StringBuilder html = new StringBuilder("<p>")
                .append(Fhir.escape(description))
                .append("</p><table><tr><th>Code</th><th>Display</th></tr>");
        codes.forEach(c -> html.append("<tr><td>")
                .append(c[0])
                .append("</td><td>")
                .append(Fhir.escape(c[1]))
                .append("</td></tr>"));
        html.append("</table>");
        ObjectNode cs = Fhir.resource("CodeSystem", id, html.toString());
        Fhir.definitional(cs, Fhir.canonical("CodeSystem", id), null, id, version, title);
        cs.put("description", description);
        cs.put("caseSensitive", true);
        cs.put("content", "complete");
        cs.put("count", codes.size());
        ArrayNode concepts = cs.putArray("concept");
        codes.forEach(
                c -> concepts.addObject().put("code", c[0]).put("display", c[1]).put("definition", c[2]));
        return new FhirEntry("CodeSystem", id, cs);
    }
}
