package org.osteomet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RangeTest {
    @Test
    void everyFourWeeksOverlapsEveryThreeToFourWeeks() {
        assertThat(Range.of(4, 4, RangeUnit.WEEK).overlaps(Range.of(3, 4, RangeUnit.WEEK)))
                .isTrue();
    }

    @Test
    void everyTwoWeeksDoesNotOverlapEveryThreeToFourWeeks() {
        assertThat(Range.of(2, 2, RangeUnit.WEEK).overlaps(Range.of(3, 4, RangeUnit.WEEK)))
                .isFalse();
    }

    @Test
    void everyFewWeeksOverlapsAnyNumberOfWeeks() {
        assertThat(Range.unspecified(RangeUnit.WEEK).overlaps(Range.of(2, 2, RangeUnit.WEEK)))
                .isTrue();
    }

    @Test
    void timeUnitsAreComparedInHours() {
        assertThat(Range.of(1, 1, RangeUnit.MONTH).overlaps(Range.of(30, 30, RangeUnit.DAY)))
                .isTrue();
        assertThat(Range.of(1, 1, RangeUnit.WEEK).overlaps(Range.of(8, 9, RangeUnit.DAY)))
                .isFalse();
    }

    @Test
    void countsOfDifferentUnitsCannotBeCompared() {
        assertThat(Range.of(1, 1, RangeUnit.DOSE).overlaps(Range.of(5, 10, RangeUnit.SESSION)))
                .isTrue();
        assertThat(Range.of(1, 1, RangeUnit.DOSE).overlaps(Range.of(2, 3, RangeUnit.DOSE)))
                .isFalse();
    }

    @Test
    void rejectsReversedBounds() {
        assertThatThrownBy(() -> Range.of(4, 3, RangeUnit.WEEK)).hasMessage("min must not be greater than max");
    }
}
