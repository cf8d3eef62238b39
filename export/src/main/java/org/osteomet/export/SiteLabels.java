package org.osteomet.export;

import java.util.EnumMap;
import java.util.Map;
import org.osteomet.core.ConceptKind;
import org.osteomet.core.ConflictKind;
import org.osteomet.core.Predicate;
import org.osteomet.core.Qualifiers;

/**
 * The plain-language labels the review site shows for predicates, concept kinds and qualifiers.
 *
 * <p>Kept here until core's enums carry display labels of their own; every constant has one (a test checks).
 */
final class SiteLabels {
    private static final Map<Predicate, String> PREDICATES = new EnumMap<>(Predicate.class);
    private static final Map<ConceptKind, String> KINDS = new EnumMap<>(ConceptKind.class);
    private static final Map<ConceptKind, String> KIND = new EnumMap<>(ConceptKind.class);
    private static final Map<Qualifiers.Field, String> FIELDS = new EnumMap<>(Qualifiers.Field.class);

    static {
        PREDICATES.put(Predicate.IS_A, "Is a kind of");
        PREDICATES.put(Predicate.BRAND_NAME, "Brand names");
        PREDICATES.put(Predicate.SYNONYM, "Also called");
        PREDICATES.put(Predicate.CATEGORY, "Category");
        PREDICATES.put(Predicate.DEFINITION, "What it is");
        PREDICATES.put(Predicate.ROUTE, "How it is given");
        PREDICATES.put(Predicate.SCHEDULE, "How often");
        PREDICATES.put(Predicate.DOSE_COUNT, "Number of doses");
        PREDICATES.put(Predicate.SESSION_COUNT, "Number of sessions");
        PREDICATES.put(Predicate.SIDE_EFFECT, "Side effects");
        PREDICATES.put(Predicate.SYMPTOM, "Symptoms");
        PREDICATES.put(Predicate.CAUSES, "Can cause");
        PREDICATES.put(Predicate.RISK_FACTOR, "Risk factors");
        PREDICATES.put(Predicate.CONTRAINDICATED_IN, "Must not be given in");
        PREDICATES.put(Predicate.CAUTION_IN, "Use with caution in");
        PREDICATES.put(Predicate.SAFE_IN, "Safe in");
        PREDICATES.put(Predicate.PRECAUTION, "Precautions");
        PREDICATES.put(Predicate.INDICATED_FOR, "Used for");
        PREDICATES.put(Predicate.WORKS_BETTER_FOR, "Works better for");
        PREDICATES.put(Predicate.WORKS_LESS_WELL_FOR, "Works less well for");
        PREDICATES.put(Predicate.BENEFIT, "Benefits");
        PREDICATES.put(Predicate.TARGETS, "Targets");
        PREDICATES.put(Predicate.MECHANISM, "How it works");
        PREDICATES.put(Predicate.COMPARED_TO, "Compared with");
        PREDICATES.put(Predicate.ALTERNATIVE_TO, "An alternative to");
        PREDICATES.put(Predicate.DURATION_OF_EFFECT, "How long the effect lasts");
        PREDICATES.put(Predicate.ONSET, "When it starts to work");
        PREDICATES.put(Predicate.CAN_REPEAT, "Can it be repeated");
        PREDICATES.put(Predicate.USED_WITH, "Used together with");
        PREDICATES.put(Predicate.USED_AFTER, "Used after");
        PREDICATES.put(Predicate.NOT_HELPED_BY, "Not helped by");
        PREDICATES.put(Predicate.MANAGED_BY, "Managed by");
        PREDICATES.put(Predicate.DELIVERED_BY, "Given by");
        PREDICATES.put(Predicate.COST_NOTE, "Cost");
        PREDICATES.put(Predicate.UNDER_STUDY, "Under study");
        PREDICATES.put(Predicate.DECISION_FACTOR, "The choice depends on");
        PREDICATES.put(Predicate.SIDE_EFFECTS_DEPEND_ON, "Side effects depend on");
        PREDICATES.put(Predicate.PROGNOSIS, "Outlook");

        kind(ConceptKind.TREATMENT_CLASS, "Treatment classes", "treatment class");
        kind(ConceptKind.DRUG, "Drugs", "drug");
        kind(ConceptKind.PROCEDURE, "Procedures", "procedure");
        kind(ConceptKind.SIDE_EFFECT, "Side effects", "side effect");
        kind(ConceptKind.CONDITION, "Conditions", "condition");
        kind(ConceptKind.FINDING, "Findings", "finding");
        kind(ConceptKind.PRECAUTION, "Precautions", "precaution");
        kind(ConceptKind.DECISION_FACTOR, "Decision factors", "decision factor");
        kind(ConceptKind.OUTCOME, "Outcomes", "outcome");
        kind(ConceptKind.SUBSTANCE, "Substances", "substance");
        kind(ConceptKind.DEVICE, "Devices", "device");
        kind(ConceptKind.PROVIDER, "Care providers", "care provider");

        FIELDS.put(Qualifiers.Field.FREQUENCY, "How often");
        FIELDS.put(Qualifiers.Field.SERIOUSNESS, "How serious");
        FIELDS.put(Qualifiers.Field.HEDGE, "How sure the source is");
        FIELDS.put(Qualifiers.Field.NEGATED, "Negated");
        FIELDS.put(Qualifiers.Field.POPULATION, "Only for people with");
        FIELDS.put(Qualifiers.Field.ROUTE, "Only when given");
        FIELDS.put(Qualifiers.Field.COMBINED_WITH, "Only when given with");
        FIELDS.put(Qualifiers.Field.MEMBERS, "Holds for");
        FIELDS.put(Qualifiers.Field.COMPARISON, "Comparison");
        FIELDS.put(Qualifiers.Field.ASPECT, "In respect of");
        FIELDS.put(Qualifiers.Field.NOTE, "Note");
    }

    private SiteLabels() {}

    private static void kind(ConceptKind kind, String plural, String singular) {
        KINDS.put(kind, plural);
        KIND.put(kind, singular);
    }

    /** Returns the heading for a predicate's claims, such as {@code Side effects}. */
    static String predicate(Predicate predicate) {
        return PREDICATES.get(predicate);
    }

    /** Returns the plural heading of a concept kind, such as {@code Drugs}. */
    static String kinds(ConceptKind kind) {
        return KINDS.get(kind);
    }

    /** Returns the singular name of a concept kind, such as {@code drug}. */
    static String kind(ConceptKind kind) {
        return KIND.get(kind);
    }

    /** Returns the label of a qualifier, such as {@code How often}. */
    static String field(Qualifiers.Field field) {
        return FIELDS.get(field);
    }

    /** Returns a conflict kind in words, such as {@code opposite claims}. */
    static String conflict(ConflictKind kind) {
        return Statements.word(kind);
    }
}
