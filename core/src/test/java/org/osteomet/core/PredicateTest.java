package org.osteomet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PredicateTest {
    @Test
    void treatmentPredicatesNeedATreatmentSubject() {
        assertThat(Predicate.SCHEDULE.takesTreatmentSubject()).isTrue();
        assertThat(Predicate.SYMPTOM.takesTreatmentSubject()).isFalse();
    }

    @Test
    void limitedPredicatesTakeOnlyTheirObjectKindsInDeclarationOrder() {
        assertThat(Predicate.SAFE_IN.objectConceptKinds())
                .containsExactly(ConceptKind.SIDE_EFFECT, ConceptKind.CONDITION, ConceptKind.FINDING);
        assertThat(Predicate.PRECAUTION.objectConceptKinds()).hasToString("[PRECAUTION]");
    }

    @Test
    void otherPredicatesTakeEveryObjectKind() {
        assertThat(Predicate.USED_WITH.objectConceptKinds()).containsExactly(ConceptKind.values());
    }

    @Test
    void objectKindsCannotBeChanged() {
        assertThatThrownBy(() -> Predicate.SIDE_EFFECT.objectConceptKinds().add(ConceptKind.DRUG))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void countsTakeTheirOwnUnitAndOtherRangesTakeTime() {
        assertThat(Predicate.DOSE_COUNT.takesUnit(RangeUnit.DOSE)).isTrue();
        assertThat(Predicate.DOSE_COUNT.takesUnit(RangeUnit.WEEK)).isFalse();
        assertThat(Predicate.SCHEDULE.takesUnit(RangeUnit.MONTH)).isTrue();
        assertThat(Predicate.SCHEDULE.takesUnit(RangeUnit.DOSE)).isFalse();
    }

    @Test
    void predicatesWithoutARangeTakeNoUnit() {
        assertThat(Predicate.ROUTE.takesUnit(RangeUnit.HOUR)).isFalse();
    }
}
