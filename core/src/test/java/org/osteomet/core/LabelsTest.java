package org.osteomet.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LabelsTest {
    static final List<Class<? extends Enum<?>>> ENUMS = List.of(
            ClaimPredicate.class,
            ClaimStatus.class,
            Comparison.class,
            ConceptKind.class,
            ConflictKind.class,
            CoverageKind.class,
            Decision.class,
            Frequency.class,
            Hedge.class,
            MemberScope.class,
            ObjectKind.class,
            Qualifiers.Field.class,
            Qualifiers.Form.class,
            RangeUnit.class,
            Route.class,
            Seriousness.class);

    @Test
    void everyConstantOfEveryEnumHasALowerCaseLabel() {
        for (Class<? extends Enum<?>> type : ENUMS) {
            for (Enum<?> constant : type.getEnumConstants()) {
                String label = ((Labelled) constant).label();
                assertThat(label).as(constant.toString()).isNotBlank().isEqualTo(label.toLowerCase(Locale.ROOT));
            }
        }
    }

    @Test
    void labelsReadAsWords() {
        assertThat(Frequency.MOST_COMMON.label()).isEqualTo("most common");
        assertThat(ClaimPredicate.CONTRAINDICATED_IN.label()).isEqualTo("contraindicated in");
        assertThat(Qualifiers.Field.COMBINED_WITH.label()).isEqualTo("combined with");
        assertThat(ConceptKind.TREATMENT_CLASS.label()).isEqualTo("treatment class");
    }
}
