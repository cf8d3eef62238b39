package org.osteomet.export;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.osteomet.core.Claim;
import org.osteomet.core.ClaimObject;
import org.osteomet.core.ClaimPredicate;
import org.osteomet.core.Concept;
import org.osteomet.core.ConceptKind;
import org.osteomet.core.Content;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * MedicinalProductDefinition and, where the sources give dosing, MedicationKnowledge per drug; ActivityDefinition
 * per procedure; PlanDefinition per treatment class.
 *
 * <p>A drug is a MedicinalProductDefinition, as in HL7's ePI guides, because that is what
 * {@code ClinicalUseDefinition.subject} may point to; its MedicationKnowledge only carries the dosing the sources
 * state and points back through {@code definitional.definition}. A class is a PlanDefinition: a grouping whose
 * actions are its members, and a subject a clinical use may name.
 */
final class FhirTreatments {
    static final String PRODUCT = "MedicinalProductDefinition";
    static final String DRUG = "MedicationKnowledge";
    static final String ACTIVITY = "ActivityDefinition";
    static final String PLAN = "PlanDefinition";

    private FhirTreatments() {}

    /** Returns the type of the resource that represents a concept of this kind, or null if none does. */
    static String typeOf(ConceptKind kind) {
        return switch (kind) {
            case DRUG -> PRODUCT;
            case PROCEDURE -> ACTIVITY;
            case TREATMENT_CLASS -> PLAN;
            default -> null;
        };
    }

    /** Returns the drug's brand names: those of the concept, then those of its brand-name claims, once each. */
    static Set<String> brandNames(Content content, Concept drug) {
        Set<String> brands = new LinkedHashSet<>(drug.brandNames());
        content.claimsAbout(drug.id(), ClaimPredicate.BRAND_NAME).stream()
                .filter(c -> !c.qualifiers().negated() && c.object() instanceof ClaimObject.TextObject)
                .map(c -> ((ClaimObject.TextObject) c.object()).text())
                .forEach(brands::add);
        return brands;
    }

    /** Returns the drug's MedicinalProductDefinition: its names, brand names and classes. */
    static FhirEntry product(Content content, Concept drug) {
        Set<String> brands = brandNames(content, drug);
        List<Concept> classes = objectConcepts(content, drug, ClaimPredicate.IS_A);
        StringBuilder html =
                new StringBuilder("<p><b>").append(Fhir.escape(drug.name())).append("</b> (drug)");
        if (!brands.isEmpty()) {
            html.append(", sold as ").append(Fhir.escape(String.join(", ", brands)));
        }
        if (!classes.isEmpty()) {
            html.append("; ")
                    .append(Fhir.escape(String.join(
                            ", ", classes.stream().map(Concept::name).toList())));
        }
        html.append(".</p>");
        ObjectNode mpd = Fhir.resource(PRODUCT, drug.id(), html.toString());
        Fhir.identifier(mpd, Fhir.CONCEPT_IDS, drug.id());
        if (!classes.isEmpty()) {
            ArrayNode classification = mpd.putArray("classification");
            classes.forEach(c -> classification.add(Fhir.concept(c)));
        }
        mpd.putArray("code").add(Fhir.coding(drug));
        ArrayNode names = mpd.putArray("name");
        names.addObject().put("productName", drug.name()).set("type", Fhir.text("name"));
        brands.forEach(brand -> names.addObject().put("productName", brand).set("type", Fhir.text("brand name")));
        drug.synonyms()
                .forEach(
                        synonym -> names.addObject().put("productName", synonym).set("type", Fhir.text("synonym")));
        return new FhirEntry(PRODUCT, drug.id(), mpd);
    }

    /**
     * Returns the drug's MedicationKnowledge, or null if the sources state no route, schedule or dose count for it.
     *
     * @param indications the indication ClinicalUseDefinitions about this drug, in claim id order
     */
    /** Returns whether the sources say how the drug is given, which is when it has a MedicationKnowledge. */
    static boolean hasDosages(Content content, Concept drug) {
        return FhirDosages.PREDICATES.stream()
                .anyMatch(predicate ->
                        !FhirDosages.claims(content, drug.id(), predicate).isEmpty());
    }

    static FhirEntry medication(Content content, Concept drug, List<FhirEntry> indications) {
        ArrayNode groups = Fhir.array();
        for (ClaimPredicate predicate : FhirDosages.PREDICATES) {
            List<Claim> claims = FhirDosages.claims(content, drug.id(), predicate);
            if (claims.isEmpty()) {
                continue;
            }
            ObjectNode group = groups.addObject();
            group.set("type", Fhir.text(FhirDosages.groupName(predicate)));
            ArrayNode dosages = group.putArray("dosage");
            claims.forEach(c -> dosages.add(FhirDosages.dosage(content, c)));
        }
        if (groups.isEmpty()) {
            return null;
        }
        ObjectNode mk = Fhir.resource(
                DRUG, drug.id(), "<p>How <b>" + Fhir.escape(drug.name()) + "</b> is given, as the sources say.</p>");
        Fhir.identifier(mk, Fhir.CONCEPT_IDS, drug.id());
        mk.set("code", Fhir.concept(drug));
        mk.put("status", "active");
        mk.putObject("definitional").putArray("definition").add(Fhir.reference(PRODUCT, drug.id(), null));
        ObjectNode guideline = mk.putArray("indicationGuideline").addObject();
        if (!indications.isEmpty()) {
            ArrayNode refs = guideline.putArray("indication");
            indications.forEach(e -> refs.addObject().set("reference", Fhir.reference(e.type(), e.key(), null)));
        }
        guideline.putArray("dosingGuideline").addObject().set("dosage", groups);
        return new FhirEntry(DRUG, drug.id(), mk);
    }

    static FhirEntry activity(Content content, Concept procedure, String version) {
        ObjectNode ad = Fhir.resource(
                ACTIVITY, procedure.id(), "<p><b>" + Fhir.escape(procedure.name()) + "</b> (procedure).</p>");
        definitional(ad, ACTIVITY, procedure, version);
        ad.put("kind", "ServiceRequest");
        ad.set("code", Fhir.concept(procedure));
        ArrayNode dosages = Fhir.array();
        for (ClaimPredicate predicate : FhirDosages.PREDICATES) {
            FhirDosages.claims(content, procedure.id(), predicate)
                    .forEach(c -> dosages.add(FhirDosages.dosage(content, c)));
        }
        if (!dosages.isEmpty()) {
            ad.set("dosage", dosages);
        }
        return new FhirEntry(ACTIVITY, procedure.id(), ad);
    }

    static FhirEntry plan(Content content, Concept treatmentClass, String version) {
        List<Concept> members = content.directMembersOf(treatmentClass.id()).stream()
                .map(content::concept)
                .flatMap(java.util.Optional::stream)
                .toList();
        StringBuilder html = new StringBuilder("<p><b>")
                .append(Fhir.escape(treatmentClass.name()))
                .append("</b> (treatment class)");
        if (!members.isEmpty()) {
            html.append(", including ")
                    .append(Fhir.escape(String.join(
                            ", ", members.stream().map(Concept::name).toList())));
        }
        html.append(".</p>");
        ObjectNode pd = Fhir.resource(PLAN, treatmentClass.id(), html.toString());
        definitional(pd, PLAN, treatmentClass, version);
        pd.putArray("topic").add(Fhir.concept(treatmentClass));
        List<Concept> outcomes = objectConcepts(content, treatmentClass, ClaimPredicate.BENEFIT);
        if (!outcomes.isEmpty()) {
            ArrayNode goals = pd.putArray("goal");
            outcomes.forEach(o -> goals.addObject().set("description", Fhir.concept(o)));
        }
        if (!members.isEmpty()) {
            ArrayNode actions = pd.putArray("action");
            for (Concept member : members) {
                ObjectNode action = actions.addObject();
                action.put("title", member.name());
                action.set("code", Fhir.concept(member));
                String type = typeOf(member.kind());
                if (ACTIVITY.equals(type) || PLAN.equals(type)) {
                    action.put("definitionCanonical", Fhir.canonical(type, member.id()) + "|" + version);
                }
            }
        }
        return new FhirEntry(PLAN, treatmentClass.id(), pd);
    }

    /** Adds what a definitional resource carries, identified and titled by the concept it represents. */
    private static void definitional(ObjectNode resource, String type, Concept concept, String version) {
        Fhir.definitional(
                resource, Fhir.canonical(type, concept.id()), Fhir.CONCEPT_IDS, concept.id(), version, concept.name());
    }

    /** Returns the concepts the subject's claims of this predicate name, once each, leaving out negated claims. */
    private static List<Concept> objectConcepts(Content content, Concept subject, ClaimPredicate predicate) {
        return content.claimsAbout(subject.id(), predicate).stream()
                .filter(c -> !c.qualifiers().negated())
                .map(c -> c.objectConcept().flatMap(content::concept))
                .flatMap(java.util.Optional::stream)
                .distinct()
                .toList();
    }
}
