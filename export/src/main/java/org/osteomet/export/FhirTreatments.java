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

/** MedicationKnowledge per drug, ActivityDefinition per procedure and PlanDefinition per treatment class. */
final class FhirTreatments {
    static final String DRUG = "MedicationKnowledge";
    static final String ACTIVITY = "ActivityDefinition";
    static final String PLAN = "PlanDefinition";

    private FhirTreatments() {}

    /** Returns the type of the resource that represents a concept of this kind, or null if none does. */
    static String typeOf(ConceptKind kind) {
        return switch (kind) {
            case DRUG -> DRUG;
            case PROCEDURE -> ACTIVITY;
            case TREATMENT_CLASS -> PLAN;
            default -> null;
        };
    }

    /**
     * Returns the drug's MedicationKnowledge.
     *
     * @param clinicalUses the ClinicalUseDefinitions about this drug, in claim id order
     */
    static FhirEntry medication(Content content, Concept drug, List<FhirEntry> clinicalUses) {
        Set<String> brands = new LinkedHashSet<>(drug.brandNames());
        content.claimsAbout(drug.id(), ClaimPredicate.BRAND_NAME).stream()
                .filter(c -> !c.qualifiers().negated() && c.object() instanceof ClaimObject.TextObject)
                .map(c -> ((ClaimObject.TextObject) c.object()).text())
                .forEach(brands::add);
        StringBuilder html =
                new StringBuilder("<p><b>").append(Fhir.escape(drug.name())).append("</b> (drug)");
        if (!brands.isEmpty()) {
            html.append(", sold as ").append(Fhir.escape(String.join(", ", brands)));
        }
        html.append(".</p>");
        ObjectNode mk = Fhir.resource(DRUG, drug.id(), html.toString());
        Fhir.identifier(mk, Fhir.CONCEPT_IDS, drug.id());
        mk.set("code", Fhir.concept(drug));
        mk.put("status", "active");
        mk.set("author", FhirTerminology.curatorReference());
        if (!brands.isEmpty()) {
            ArrayNode names = mk.putArray("name");
            brands.forEach(names::add);
        }
        indicationGuideline(content, drug, clinicalUses, mk);
        List<Concept> classes = objectConcepts(content, drug, ClaimPredicate.IS_A);
        if (!classes.isEmpty()) {
            ObjectNode classification = mk.putArray("medicineClassification").addObject();
            classification.set("type", Fhir.text("treatment class"));
            ArrayNode codes = classification.putArray("classification");
            classes.forEach(c -> codes.add(Fhir.concept(c)));
        }
        if (!clinicalUses.isEmpty()) {
            ArrayNode issues = mk.putArray("clinicalUseIssue");
            for (FhirEntry use : clinicalUses) {
                issues.add(Fhir.reference(FhirClinicalUse.TYPE, use.key(), null));
            }
        }
        return new FhirEntry(DRUG, drug.id(), mk);
    }

    private static void indicationGuideline(
            Content content, Concept drug, List<FhirEntry> clinicalUses, ObjectNode mk) {
        List<FhirEntry> indications = clinicalUses.stream()
                .filter(e -> "indication".equals(e.resource().get("type").stringValue()))
                .toList();
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
        if (indications.isEmpty() && groups.isEmpty()) {
            return;
        }
        ObjectNode guideline = mk.putArray("indicationGuideline").addObject();
        if (!indications.isEmpty()) {
            ArrayNode refs = guideline.putArray("indication");
            indications.forEach(e -> refs.addObject().set("reference", Fhir.reference(e.type(), e.key(), null)));
        }
        if (!groups.isEmpty()) {
            guideline.putArray("dosingGuideline").addObject().set("dosage", groups);
        }
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
