package org.osteomet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClaimPredicateTest {
    @Test
    void treatmentPredicatesNeedATreatmentSubject() {
        assertThat(ClaimPredicate.SCHEDULE.takesTreatmentSubject()).isTrue();
        assertThat(ClaimPredicate.SYMPTOM.takesTreatmentSubject()).isFalse();
    }

    @Test
    void limitedPredicatesTakeOnlyTheirObjectKindsInDeclarationOrder() {
        assertThat(ClaimPredicate.SAFE_IN.objectConceptKinds())
                .containsExactly(ConceptKind.SIDE_EFFECT, ConceptKind.CONDITION, ConceptKind.FINDING);
        assertThat(ClaimPredicate.PRECAUTION.objectConceptKinds()).hasToString("[PRECAUTION]");
    }

    @Test
    void otherPredicatesTakeEveryObjectKind() {
        assertThat(ClaimPredicate.USED_WITH.objectConceptKinds()).containsExactly(ConceptKind.values());
    }

    @Test
    void objectKindsCannotBeChanged() {
        assertThatThrownBy(() -> ClaimPredicate.SIDE_EFFECT.objectConceptKinds().add(ConceptKind.DRUG))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void countsTakeTheirOwnUnitAndOtherRangesTakeTime() {
        assertThat(ClaimPredicate.DOSE_COUNT.takesUnit(RangeUnit.DOSE)).isTrue();
        assertThat(ClaimPredicate.DOSE_COUNT.takesUnit(RangeUnit.WEEK)).isFalse();
        assertThat(ClaimPredicate.SCHEDULE.takesUnit(RangeUnit.MONTH)).isTrue();
        assertThat(ClaimPredicate.SCHEDULE.takesUnit(RangeUnit.DOSE)).isFalse();
    }

    @Test
    void predicatesWithoutARangeTakeNoUnit() {
        assertThat(ClaimPredicate.ROUTE.takesUnit(RangeUnit.HOUR)).isFalse();
    }
}
