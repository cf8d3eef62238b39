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
public enum ClaimPredicate implements Labelled {
    /** The subject is a member or kind of the class ({@code zoledronate is-a bisphosphonates}). */
    IS_A(ObjectKind.CONCEPT),
    /** The subject is sold under the brand name. */
    BRAND_NAME(ObjectKind.TEXT),
    /** The subject is also called by the text. */
    SYNONYM(ObjectKind.TEXT),
    /** The subject is described as the text ("outpatient procedure", "systemic treatment"). */
    CATEGORY(ObjectKind.TEXT),
    /** The subject is defined as the text. */
    DEFINITION(ObjectKind.TEXT),
    /** The subject is given by this route. */
    ROUTE(ObjectKind.ROUTE),
    /** The subject is given at this interval; single-valued. */
    SCHEDULE(ObjectKind.RANGE, true),
    /** The subject is given in this many doses; single-valued. */
    DOSE_COUNT(ObjectKind.RANGE, true),
    /** The subject takes this many sessions; single-valued. */
    SESSION_COUNT(ObjectKind.RANGE, true),
    /** The subject can cause the side effect. */
    SIDE_EFFECT(ObjectKind.CONCEPT),
    /** The subject (a condition or side effect) shows as the symptom. */
    SYMPTOM(ObjectKind.CONCEPT),
    /** The subject (a condition or side effect) leads to the object. */
    CAUSES(ObjectKind.CONCEPT),
    /** The subject (a condition or side effect) is made more likely by the object. */
    RISK_FACTOR(ObjectKind.CONCEPT),
    /**
     * The subject must not (or may not be able to) be given to people with the condition; opposite of
     * {@code safe-in}.
     */
    CONTRAINDICATED_IN(ObjectKind.CONCEPT),
    /** The subject needs extra care in people with the condition. */
    CAUTION_IN(ObjectKind.CONCEPT),
    /** The subject is safe in people with the condition; opposite of {@code contraindicated-in}. */
    SAFE_IN(ObjectKind.CONCEPT),
    /** The subject should be accompanied by the precaution. */
    PRECAUTION(ObjectKind.CONCEPT),
    /** The subject is used for the condition or situation. */
    INDICATED_FOR(ObjectKind.CONCEPT),
    /** The subject works better for the condition; opposite of {@code works-less-well-for}. */
    WORKS_BETTER_FOR(ObjectKind.CONCEPT),
    /** The subject works less well for the condition. */
    WORKS_LESS_WELL_FOR(ObjectKind.CONCEPT),
    /** The subject brings the outcome. */
    BENEFIT(ObjectKind.CONCEPT),
    /** The subject acts on the substance, cell or structure. */
    TARGETS(ObjectKind.CONCEPT),
    /** The subject works in this way. */
    MECHANISM(ObjectKind.TEXT),
    /** The subject compares with the object (see {@code comparison}, {@code aspect}). */
    COMPARED_TO(ObjectKind.CONCEPT),
    /** The subject is an alternative to the object. */
    ALTERNATIVE_TO(ObjectKind.CONCEPT),
    /** The subject's effect lasts this long; single-valued. */
    DURATION_OF_EFFECT(ObjectKind.RANGE, true),
    /** The subject starts working within this time; single-valued. */
    ONSET(ObjectKind.RANGE, true),
    /** The subject can be given again, under the stated circumstances. */
    CAN_REPEAT(ObjectKind.TEXT),
    /** The subject is used together with the object. */
    USED_WITH(ObjectKind.CONCEPT),
    /** The subject is used after the object. */
    USED_AFTER(ObjectKind.CONCEPT),
    /** The subject (a condition) is not helped by the treatment. */
    NOT_HELPED_BY(ObjectKind.CONCEPT),
    /** The subject (a condition or side effect) is prevented, treated or controlled by the object. */
    MANAGED_BY(ObjectKind.CONCEPT),
    /** The subject is provided by the role. */
    DELIVERED_BY(ObjectKind.CONCEPT),
    /** The text is a statement about the cost of the subject or insurance. */
    COST_NOTE(ObjectKind.TEXT),
    /** The subject is being studied, not established. */
    UNDER_STUDY(ObjectKind.TEXT),
    /** The choice of the subject depends on the factor. */
    DECISION_FACTOR(ObjectKind.CONCEPT),
    /** The subject's side effects depend on the factor. */
    SIDE_EFFECTS_DEPEND_ON(ObjectKind.CONCEPT),
    /** The text is an outlook statement about the subject. */
    PROGNOSIS(ObjectKind.TEXT);

    /**
     * Returns the English display label, such as {@code side effect}.
     *
     * @return the English display label, such as {@code side effect}
     */
    @Override
    public String label() {
        return Labels.of(this);
    }

    private static final Map<String, ClaimPredicate> BY_ID =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(ClaimPredicate::id, Function.identity()));

    private final String id;
    private final ObjectKind objectKind;
    private final boolean singleValued;

    ClaimPredicate(ObjectKind objectKind) {
        this(objectKind, false);
    }

    ClaimPredicate(ObjectKind objectKind, boolean singleValued) {
        this.id = name().toLowerCase(Locale.ROOT).replace('_', '-');
        this.objectKind = objectKind;
        this.singleValued = singleValued;
    }

    /**
     * Returns the kebab-case id used in content files, such as {@code side-effect}.
     *
     * @return the kebab-case id used in content files, such as {@code side-effect}
     */
    public String id() {
        return id;
    }

    /**
     * Returns the form of object this predicate takes.
     *
     * @return the form of object this predicate takes
     */
    public ObjectKind objectKind() {
        return objectKind;
    }

    /**
     * Returns whether a subject has one value of this predicate per scope, so that other values conflict.
     *
     * @return whether a subject has one value of this predicate per scope, so that other values conflict
     */
    public boolean singleValued() {
        return singleValued;
    }

    /**
     * Returns whether the subject must be a treatment class, drug or procedure ({@link ConceptKind#isTreatment}).
     *
     * @return whether the subject must be a treatment class, drug or procedure ({@link ConceptKind#isTreatment})
     */
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

    /**
     * Returns whether this predicate takes a range object in the given unit; false if it takes no range.
     *
     * @param unit the unit; not null
     * @return whether this predicate takes a range object in the given unit; false if it takes no range
     */
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

    /**
     * Returns the predicate that states the opposite of this one on the same object, if there is one.
     *
     * @return the predicate that states the opposite of this one on the same object, if there is one
     */
    public Optional<ClaimPredicate> opposite() {
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
    public static Optional<ClaimPredicate> fromId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }
}
