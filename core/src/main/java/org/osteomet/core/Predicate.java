package org.osteomet.core;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The controlled vocabulary of claim predicates; {@code docs/vocabulary.md} explains each. */
public enum Predicate {
    IS_A(ObjectKind.CONCEPT),
    BRAND_NAME(ObjectKind.TEXT),
    SYNONYM(ObjectKind.TEXT),
    CATEGORY(ObjectKind.TEXT),
    DEFINITION(ObjectKind.TEXT),
    ROUTE(ObjectKind.ROUTE),
    SCHEDULE(ObjectKind.RANGE, true),
    DOSE_COUNT(ObjectKind.RANGE, true),
    SESSION_COUNT(ObjectKind.RANGE, true),
    SIDE_EFFECT(ObjectKind.CONCEPT),
    SYMPTOM(ObjectKind.CONCEPT),
    CAUSES(ObjectKind.CONCEPT),
    RISK_FACTOR(ObjectKind.CONCEPT),
    CONTRAINDICATED_IN(ObjectKind.CONCEPT),
    CAUTION_IN(ObjectKind.CONCEPT),
    SAFE_IN(ObjectKind.CONCEPT),
    PRECAUTION(ObjectKind.CONCEPT),
    INDICATED_FOR(ObjectKind.CONCEPT),
    WORKS_BETTER_FOR(ObjectKind.CONCEPT),
    WORKS_LESS_WELL_FOR(ObjectKind.CONCEPT),
    BENEFIT(ObjectKind.CONCEPT),
    TARGETS(ObjectKind.CONCEPT),
    MECHANISM(ObjectKind.TEXT),
    COMPARED_TO(ObjectKind.CONCEPT),
    ALTERNATIVE_TO(ObjectKind.CONCEPT),
    DURATION_OF_EFFECT(ObjectKind.RANGE, true),
    ONSET(ObjectKind.RANGE, true),
    CAN_REPEAT(ObjectKind.TEXT),
    USED_WITH(ObjectKind.CONCEPT),
    USED_AFTER(ObjectKind.CONCEPT),
    NOT_HELPED_BY(ObjectKind.CONCEPT),
    MANAGED_BY(ObjectKind.CONCEPT),
    DELIVERED_BY(ObjectKind.CONCEPT),
    COST_NOTE(ObjectKind.TEXT),
    UNDER_STUDY(ObjectKind.TEXT),
    DECISION_FACTOR(ObjectKind.CONCEPT),
    SIDE_EFFECTS_DEPEND_ON(ObjectKind.CONCEPT),
    PROGNOSIS(ObjectKind.TEXT);

    private static final Map<String, Predicate> BY_ID =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Predicate::id, Function.identity()));

    private final String id;
    private final ObjectKind objectKind;
    private final boolean singleValued;

    Predicate(ObjectKind objectKind) {
        this(objectKind, false);
    }

    Predicate(ObjectKind objectKind, boolean singleValued) {
        this.id = name().toLowerCase(Locale.ROOT).replace('_', '-');
        this.objectKind = objectKind;
        this.singleValued = singleValued;
    }

    /** Returns the kebab-case id used in content files, such as {@code side-effect}. */
    public String id() {
        return id;
    }

    /** Returns the form of object this predicate takes. */
    public ObjectKind objectKind() {
        return objectKind;
    }

    /** Returns whether a subject has one value of this predicate per scope, so that other values conflict. */
    public boolean singleValued() {
        return singleValued;
    }

    /** Returns whether the subject must be a treatment class, drug or procedure ({@link ConceptKind#isTreatment}). */
    public boolean takesTreatmentSubject() {
        return switch (this) {
            case BRAND_NAME,
                    ROUTE,
                    SCHEDULE,
                    DOSE_COUNT,
                    SESSION_COUNT,
                    CONTRAINDICATED_IN,
                    SAFE_IN,
                    CAUTION_IN,
                    WORKS_BETTER_FOR,
                    WORKS_LESS_WELL_FOR -> true;
            default -> false;
        };
    }

    /**
     * Returns the kinds of concept this predicate takes as object.
     *
     * @return an unmodifiable set iterating in declaration order; every kind unless the vocabulary limits it
     */
    public Set<ConceptKind> objectConceptKinds() {
        return switch (this) {
            case SIDE_EFFECT -> kinds(EnumSet.of(ConceptKind.SIDE_EFFECT, ConceptKind.CONDITION));
            case PRECAUTION -> kinds(EnumSet.of(ConceptKind.PRECAUTION));
            case DELIVERED_BY -> kinds(EnumSet.of(ConceptKind.PROVIDER));
            case CONTRAINDICATED_IN, SAFE_IN ->
                kinds(EnumSet.of(ConceptKind.CONDITION, ConceptKind.SIDE_EFFECT, ConceptKind.FINDING));
            default -> kinds(EnumSet.allOf(ConceptKind.class));
        };
    }

    /** Returns whether this predicate takes a range object in the given unit; false if it takes no range. */
    public boolean takesUnit(RangeUnit unit) {
        if (objectKind != ObjectKind.RANGE) {
            return false;
        }
        return switch (this) {
            case DOSE_COUNT -> unit == RangeUnit.DOSE;
            case SESSION_COUNT -> unit == RangeUnit.SESSION;
            default -> unit.isTime();
        };
    }

    /** Returns the predicate that states the opposite of this one on the same object, if there is one. */
    public Optional<Predicate> opposite() {
        return switch (this) {
            case CONTRAINDICATED_IN -> Optional.of(SAFE_IN);
            case SAFE_IN -> Optional.of(CONTRAINDICATED_IN);
            case WORKS_BETTER_FOR -> Optional.of(WORKS_LESS_WELL_FOR);
            case WORKS_LESS_WELL_FOR -> Optional.of(WORKS_BETTER_FOR);
            default -> Optional.empty();
        };
    }

    private static Set<ConceptKind> kinds(EnumSet<ConceptKind> kinds) {
        return Collections.unmodifiableSet(kinds);
    }

    /**
     * Returns the predicate with the given kebab-case id.
     *
     * @param id a predicate id such as {@code side-effect}; not null
     * @return the predicate, or empty if the id is not in the vocabulary
     */
    public static Optional<Predicate> fromId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }
}
