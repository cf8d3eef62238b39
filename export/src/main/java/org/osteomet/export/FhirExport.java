package org.osteomet.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.osteomet.core.Adjudication;
import org.osteomet.core.Claim;
import org.osteomet.core.ClaimPredicate;
import org.osteomet.core.Concept;
import org.osteomet.core.Content;
import org.osteomet.core.Source;
import org.osteomet.core.StatedClaim;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the FHIR R5 transaction Bundle and its Bulk Data NDJSON split from the content.
 *
 * <p>Entries are grouped by resource type in {@link #TYPE_ORDER} and sorted by key within a type; every entry's
 * {@code fullUrl} is a name-based {@code urn:uuid:} that is also the resource's id. In the NDJSON files, which
 * stand alone, references become relative ({@code ClinicalUseDefinition/<uuid>}).
 */
final class FhirExport {
    static final String BUNDLE = "fhir/bundle.json";
    static final String EXTENSIONS = "fhir/extensions.json";

    /** Resource types in bundle order: what is referred to comes before what refers to it. */
    static final List<String> TYPE_ORDER = List.of(
            "Organization",
            "CodeSystem",
            "ValueSet",
            FhirDefinitions.STRUCTURE,
            FhirProvenance.CITATION,
            "Group",
            FhirTreatments.PLAN,
            FhirTreatments.ACTIVITY,
            FhirTreatments.PRODUCT,
            FhirTreatments.DRUG,
            FhirClinicalUse.TYPE,
            FhirProvenance.PROVENANCE,
            FhirAssessments.TYPE);

    private FhirExport() {}

    /**
     * Returns {@code fhir/bundle.json}, {@code fhir/extensions.json} and {@code fhir/ndjson/<ResourceType>.ndjson};
     * the resources are built here, and written one at a time.
     */
    static List<ExportFile> write(Content content, String version) throws ExportException {
        requireUniqueIds(content);
        List<FhirEntry> entries = entries(content, version);
        List<ExportFile> files = new ArrayList<>();
        // The StructureDefinitions go in a bundle of their own, loaded first, as an implementation guide's are:
        // HAPI's validator cannot regenerate their snapshots offline, so it checks the content bundle against
        // them, and HL7's validator checks them as well.
        List<FhirEntry> definitions = entries.stream()
                .filter(e -> e.type().equals(FhirDefinitions.STRUCTURE))
                .toList();
        List<FhirEntry> resources = entries.stream()
                .filter(e -> !e.type().equals(FhirDefinitions.STRUCTURE))
                .toList();
        files.add(new ExportFile(
                BUNDLE,
                out -> JsonOutput.compactDocument(out, false, json -> bundle(resources, "osteomet-" + version, json))));
        files.add(new ExportFile(
                EXTENSIONS,
                out -> JsonOutput.compactDocument(
                        out, false, json -> bundle(definitions, "osteomet-extensions-" + version, json))));
        files.addAll(ndjson(entries));
        return files;
    }

    /**
     * Returns every resource, in bundle order; the citations, clinical uses, assessments and provenances, which grow
     * with the content, are built only when asked for.
     */
    static List<FhirEntry> entries(Content content, String version) {
        List<FhirEntry> entries = new ArrayList<>();
        entries.add(FhirTerminology.curator());
        FhirEntry codeSystem = FhirTerminology.codeSystem(content, version);
        entries.add(codeSystem);
        entries.add(FhirTerminology.valueSet(version));
        entries.add(FhirDefinitions.claimStatuses(version));
        entries.add(FhirDefinitions.claimStatusValueSet(version));
        entries.addAll(FhirDefinitions.extensions(version));
        for (Source source : content.sources()) {
            entries.add(FhirEntry.deferred(
                    FhirProvenance.CITATION, source.id(), () -> FhirProvenance.citation(source, version)));
        }
        Map<String, List<String>> reach = reach(content);
        Map<String, FhirEntry> clinicalUses = new LinkedHashMap<>();
        Set<String> populations = new TreeSet<>();
        for (Claim claim : content.claims()) {
            if (FhirClinicalUse.applies(content, claim)) {
                List<String> members = reach.getOrDefault(claim.id(), List.of());
                clinicalUses.put(
                        claim.id(),
                        FhirEntry.deferred(
                                FhirClinicalUse.TYPE, claim.id(), () -> FhirClinicalUse.of(content, claim, members)));
                String population = claim.qualifiers().population();
                if (population != null && content.concept(population).isPresent()) {
                    populations.add(population);
                }
            }
        }
        populations.forEach(p -> entries.add(FhirTerminology.population(content, p)));
        Map<String, FhirEntry> treatments = new HashMap<>();
        Map<String, FhirEntry> medications = new HashMap<>();
        for (Concept concept : content.concepts()) {
            // Built when written, as the other resources are: held here, the treatments' dosage trees alone would
            // keep hundreds of megabytes alive at a million claims.
            FhirEntry entry = switch (concept.kind()) {
                case TREATMENT_CLASS ->
                    FhirEntry.deferred(
                            FhirTreatments.PLAN, concept.id(), () -> FhirTreatments.plan(content, concept, version));
                case PROCEDURE ->
                    FhirEntry.deferred(
                            FhirTreatments.ACTIVITY,
                            concept.id(),
                            () -> FhirTreatments.activity(content, concept, version));
                case DRUG ->
                    FhirEntry.deferred(
                            FhirTreatments.PRODUCT, concept.id(), () -> FhirTreatments.product(content, concept));
                default -> null;
            };
            if (entry != null) {
                treatments.put(concept.id(), entry);
                entries.add(entry);
            }
            if (concept.kind() == org.osteomet.core.ConceptKind.DRUG && FhirTreatments.hasDosages(content, concept)) {
                List<FhirEntry> indications = indicationsOf(content, concept, clinicalUses);
                FhirEntry medication = FhirEntry.deferred(
                        FhirTreatments.DRUG,
                        concept.id(),
                        () -> FhirTreatments.medication(content, concept, indications));
                medications.put(concept.id(), medication);
                entries.add(medication);
            }
        }
        entries.addAll(clinicalUses.values());
        Map<String, FhirEntry> provenances = new HashMap<>();
        for (Claim claim : content.claims()) {
            FhirEntry target = FhirStatedBy.target(content, claim, clinicalUses, treatments, medications, codeSystem);
            if (target != null) {
                FhirEntry provenance = FhirEntry.deferred(
                        FhirProvenance.PROVENANCE, claim.id(), () -> FhirProvenance.provenance(content, claim, target));
                provenances.put(claim.id(), provenance);
                entries.add(provenance);
            }
        }
        for (Adjudication adjudication : content.adjudications()) {
            for (String claimId : new TreeSet<>(adjudication.claims())) {
                FhirEntry artifact = clinicalUses.getOrDefault(claimId, provenances.get(claimId));
                if (artifact != null) {
                    entries.add(FhirEntry.deferred(
                            FhirAssessments.TYPE,
                            FhirAssessments.key(adjudication, claimId),
                            () -> FhirAssessments.of(adjudication, claimId, artifact)));
                }
            }
        }
        entries.sort(Comparator.comparing((FhirEntry e) -> TYPE_ORDER.indexOf(e.type()))
                .thenComparing(FhirEntry::key));
        return entries;
    }

    /**
     * Returns, per clinical-use claim about a class, the sorted ids of the treatments it reaches through
     * {@code is-a}: the members that inherit it.
     */
    private static Map<String, List<String>> reach(Content content) {
        Map<String, Set<String>> reach = new HashMap<>();
        for (Concept concept : content.concepts()) {
            if (FhirTreatments.typeOf(concept.kind()) == null) {
                continue;
            }
            for (ClaimPredicate predicate : FhirClinicalUse.PREDICATES) {
                for (StatedClaim stated : content.claimsAboutIncludingClasses(concept.id(), predicate)) {
                    if (stated.inherited()) {
                        reach.computeIfAbsent(stated.claim().id(), k -> new TreeSet<>())
                                .add(concept.id());
                    }
                }
            }
        }
        Map<String, List<String>> result = new HashMap<>();
        reach.forEach((claim, members) -> result.put(claim, List.copyOf(members)));
        return result;
    }

    private static List<FhirEntry> indicationsOf(Content content, Concept drug, Map<String, FhirEntry> clinicalUses) {
        return content.claimsAbout(drug.id(), ClaimPredicate.INDICATED_FOR).stream()
                .map(c -> clinicalUses.get(c.id()))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private static void bundle(List<FhirEntry> entries, String identifier, JsonGenerator out) {
        out.writeStartObject();
        out.writeStringProperty("resourceType", "Bundle");
        out.writeStringProperty("id", Fhir.uuid("Bundle", identifier));
        out.writeObjectPropertyStart("identifier");
        out.writeStringProperty("system", Fhir.BASE + "/identifier/bundle");
        out.writeStringProperty("value", identifier);
        out.writeEndObject();
        out.writeStringProperty("type", "transaction");
        JsonOutput.array(out, "entry", entries, FhirExport::item);
        out.writeEndObject();
    }

    private static ObjectNode item(FhirEntry entry) {
        ObjectNode item = Fhir.object();
        item.put("fullUrl", entry.fullUrl());
        ObjectNode resource = entry.resource();
        item.set("resource", resource);
        // PUT keeps the name-based ids, so loading twice updates rather than duplicates.
        item.putObject("request")
                .put("method", "PUT")
                .put("url", entry.type() + "/" + resource.get("id").stringValue());
        return item;
    }

    private static List<ExportFile> ndjson(List<FhirEntry> entries) {
        Map<String, String> typeByUrl = new HashMap<>();
        entries.forEach(e -> typeByUrl.put(e.fullUrl(), e.type()));
        Set<String> types = new LinkedHashSet<>();
        entries.forEach(e -> types.add(e.type()));
        List<ExportFile> files = new ArrayList<>();
        for (String type : types) {
            Iterable<FhirEntry> ofType =
                    () -> entries.stream().filter(e -> e.type().equals(type)).iterator();
            files.add(new ExportFile(
                    "fhir/ndjson/" + type + ".ndjson",
                    out -> JsonOutput.lines(out, false, ofType, entry -> {
                        // One copy at a time: the bundle keeps the absolute references of the original.
                        ObjectNode resource = entry.resource().deepCopy();
                        relativise(resource, url -> typeByUrl.get(url) + "/" + url.substring("urn:uuid:".length()));
                        return resource;
                    })));
        }
        return files;
    }

    private static void relativise(JsonNode node, Function<String, String> rewrite) {
        if (node instanceof ObjectNode object) {
            JsonNode reference = object.get("reference");
            if (reference != null
                    && reference.isString()
                    && reference.stringValue().startsWith("urn:uuid:")) {
                object.put("reference", rewrite.apply(reference.stringValue()));
            }
        }
        if (node.isContainer()) {
            for (JsonNode child : node) {
                relativise(child, rewrite);
            }
        }
    }

    private static void requireUniqueIds(Content content) throws ExportException {
        String duplicate =
                firstDuplicate(content.concepts().stream().map(Concept::id).toList());
        if (duplicate == null) {
            duplicate = firstDuplicate(content.claims().stream().map(Claim::id).toList());
        }
        if (duplicate == null) {
            duplicate =
                    firstDuplicate(content.sources().stream().map(Source::id).toList());
        }
        if (duplicate != null) {
            throw new ExportException("cannot write " + BUNDLE + ": the id " + duplicate
                    + " is used twice, and each FHIR resource needs its own.");
        }
    }

    private static String firstDuplicate(List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                return id;
            }
        }
        return null;
    }
}
