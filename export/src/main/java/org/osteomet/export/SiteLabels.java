package org.osteomet.export;

import java.util.EnumMap;
import java.util.Map;
import org.osteomet.core.ClaimPredicate;
import org.osteomet.core.ConceptKind;
import org.osteomet.core.ConflictKind;
import org.osteomet.core.Qualifiers;

/**
 * The plain-language labels the review site shows for predicates, concept kinds and qualifiers.
 *
 * <p>Core's {@code label()} gives each constant's term ("side effect"); these are the headings and phrases a reader
 * of a page sees ("Side effects", "Only for people with"). Every constant has one (a test checks).
 */
final class SiteLabels {
    private static final Map<ClaimPredicate, String> PREDICATES = new EnumMap<>(ClaimPredicate.class);
    private static final Map<ConceptKind, String> KINDS = new EnumMap<>(ConceptKind.class);
    private static final Map<Qualifiers.Field, String> FIELDS = new EnumMap<>(Qualifiers.Field.class);

    static {
        PREDICATES.put(ClaimPredicate.IS_A, "Is a kind of");
        PREDICATES.put(ClaimPredicate.BRAND_NAME, "Brand names");
        PREDICATES.put(ClaimPredicate.SYNONYM, "Also called");
        PREDICATES.put(ClaimPredicate.CATEGORY, "Category");
        PREDICATES.put(ClaimPredicate.DEFINITION, "What it is");
        PREDICATES.put(ClaimPredicate.ROUTE, "How it is given");
        PREDICATES.put(ClaimPredicate.SCHEDULE, "How often");
        PREDICATES.put(ClaimPredicate.DOSE_COUNT, "Number of doses");
        PREDICATES.put(ClaimPredicate.SESSION_COUNT, "Number of sessions");
        PREDICATES.put(ClaimPredicate.SIDE_EFFECT, "Side effects");
        PREDICATES.put(ClaimPredicate.SYMPTOM, "Symptoms");
        PREDICATES.put(ClaimPredicate.CAUSES, "Can cause");
        PREDICATES.put(ClaimPredicate.RISK_FACTOR, "Risk factors");
        PREDICATES.put(ClaimPredicate.CONTRAINDICATED_IN, "Must not be given in");
        PREDICATES.put(ClaimPredicate.CAUTION_IN, "Use with caution in");
        PREDICATES.put(ClaimPredicate.SAFE_IN, "Safe in");
        PREDICATES.put(ClaimPredicate.PRECAUTION, "Precautions");
        PREDICATES.put(ClaimPredicate.INDICATED_FOR, "Used for");
        PREDICATES.put(ClaimPredicate.WORKS_BETTER_FOR, "Works better for");
        PREDICATES.put(ClaimPredicate.WORKS_LESS_WELL_FOR, "Works less well for");
        PREDICATES.put(ClaimPredicate.BENEFIT, "Benefits");
        PREDICATES.put(ClaimPredicate.TARGETS, "Targets");
        PREDICATES.put(ClaimPredicate.MECHANISM, "How it works");
        PREDICATES.put(ClaimPredicate.COMPARED_TO, "Compared with");
        PREDICATES.put(ClaimPredicate.ALTERNATIVE_TO, "An alternative to");
        PREDICATES.put(ClaimPredicate.DURATION_OF_EFFECT, "How long the effect lasts");
        PREDICATES.put(ClaimPredicate.ONSET, "When it starts to work");
        PREDICATES.put(ClaimPredicate.CAN_REPEAT, "Can it be repeated");
        PREDICATES.put(ClaimPredicate.USED_WITH, "Used together with");
        PREDICATES.put(ClaimPredicate.USED_AFTER, "Used after");
        PREDICATES.put(ClaimPredicate.NOT_HELPED_BY, "Not helped by");
        PREDICATES.put(ClaimPredicate.MANAGED_BY, "Managed by");
        PREDICATES.put(ClaimPredicate.DELIVERED_BY, "Given by");
        PREDICATES.put(ClaimPredicate.COST_NOTE, "Cost");
        PREDICATES.put(ClaimPredicate.UNDER_STUDY, "Under study");
        PREDICATES.put(ClaimPredicate.DECISION_FACTOR, "The choice depends on");
        PREDICATES.put(ClaimPredicate.SIDE_EFFECTS_DEPEND_ON, "Side effects depend on");
        PREDICATES.put(ClaimPredicate.PROGNOSIS, "Outlook");

        KINDS.put(ConceptKind.TREATMENT_CLASS, "Treatment classes");
        KINDS.put(ConceptKind.DRUG, "Drugs");
        KINDS.put(ConceptKind.PROCEDURE, "Procedures");
        KINDS.put(ConceptKind.SIDE_EFFECT, "Side effects");
        KINDS.put(ConceptKind.CONDITION, "Conditions");
        KINDS.put(ConceptKind.FINDING, "Findings");
        KINDS.put(ConceptKind.PRECAUTION, "Precautions");
        KINDS.put(ConceptKind.DECISION_FACTOR, "Decision factors");
        KINDS.put(ConceptKind.OUTCOME, "Outcomes");
        KINDS.put(ConceptKind.SUBSTANCE, "Substances");
        KINDS.put(ConceptKind.DEVICE, "Devices");
        KINDS.put(ConceptKind.PROVIDER, "Care providers");

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

    /** Returns the heading for a predicate's claims, such as {@code Side effects}. */
    static String predicate(ClaimPredicate predicate) {
        return PREDICATES.get(predicate);
    }

    /** Returns the plural heading of a concept kind, such as {@code Drugs}. */
    static String kinds(ConceptKind kind) {
        return KINDS.get(kind);
    }

    /** Returns the singular name of a concept kind, such as {@code drug}. */
    static String kind(ConceptKind kind) {
        return kind.label();
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
