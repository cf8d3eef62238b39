package org.osteomet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordsTest {
    static final Citation CITATION = new Citation("acs", "Common side effects include nausea");

    @Test
    void claimRejectsBlankSubjectNamingTheField() {
        assertThatThrownBy(() -> new Claim(
                        "c",
                        " ",
                        ClaimPredicate.SIDE_EFFECT,
                        ClaimObject.concept("nausea"),
                        Qualifiers.NONE,
                        List.of(CITATION)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("subject must not be blank");
    }

    @Test
    void claimRejectsMissingCitations() {
        assertThatThrownBy(() -> new Claim(
                        "c",
                        "drug",
                        ClaimPredicate.SIDE_EFFECT,
                        ClaimObject.concept("nausea"),
                        Qualifiers.NONE,
                        List.of()))
                .hasMessage("citations must not be empty");
    }

    @Test
    void claimRejectsIdsThatAreNotKebabCase() {
        assertThatThrownBy(() -> new Claim(
                        "../x",
                        "drug",
                        ClaimPredicate.SIDE_EFFECT,
                        ClaimObject.concept("nausea"),
                        Qualifiers.NONE,
                        List.of(CITATION)))
                .hasMessageStartingWith("id must be kebab-case");
    }

    @Test
    void claimCopiesItsCitations() {
        List<Citation> citations = new ArrayList<>(List.of(CITATION));
        Claim claim = new Claim(
                "c", "drug", ClaimPredicate.SIDE_EFFECT, ClaimObject.concept("nausea"), Qualifiers.NONE, citations);
        citations.clear();
        assertThat(claim.citations()).containsExactly(CITATION);
        assertThatThrownBy(() -> claim.citations().add(CITATION)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void sourceNeedsBothDateFormsOrNeither() {
        assertThatThrownBy(
                        () -> new Source("s", "P", "T", "May 2012", null, List.of(), "snapshots/s.txt", "0".repeat(64)))
                .hasMessage("dateAsStated and date must both be present or both be null");
        assertThat(new Source(
                                "s",
                                "P",
                                "T",
                                "May 3, 2012",
                                LocalDate.of(2012, 5, 3),
                                List.of(),
                                "snapshots/s.txt",
                                "0".repeat(64))
                        .date())
                .isEqualTo(LocalDate.of(2012, 5, 3));
    }

    @Test
    void adjudicationPreferringAClaimMustNameIt() {
        assertThatThrownBy(() -> new Adjudication("a", List.of("x", "y"), Decision.PREFER, "z", "why"))
                .hasMessage("preferred must be one of claims");
        assertThatThrownBy(() -> new Adjudication("a", List.of("x", "y"), Decision.KEEP_ALL, "x", "why"))
                .hasMessage("preferred must be set exactly when decision is PREFER");
    }

    @Test
    void predicateIdsRoundTrip() {
        for (ClaimPredicate predicate : ClaimPredicate.values()) {
            assertThat(ClaimPredicate.fromId(predicate.id())).contains(predicate);
        }
        assertThat(ClaimPredicate.fromId("side_effect")).isEmpty();
        assertThat(ClaimPredicate.SAFE_IN.opposite()).contains(ClaimPredicate.CONTRAINDICATED_IN);
        assertThat(ClaimPredicate.SCHEDULE.singleValued()).isTrue();
        assertThat(ClaimPredicate.ROUTE.singleValued()).isFalse();
    }
}
