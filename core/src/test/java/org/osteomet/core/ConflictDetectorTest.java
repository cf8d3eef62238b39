package org.osteomet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** {@link Content#conflicts()} finds what {@code docs/conflicts.md} calls a conflict, and nothing else. */
class ConflictDetectorTest {
    static final List<Concept> CONCEPTS = List.of(
            Concept.of("drug-a", ConceptKind.DRUG, "drug A"),
            Concept.of("drug-class", ConceptKind.TREATMENT_CLASS, "drug class"),
            Concept.of("kidney-problems", ConceptKind.CONDITION, "kidney problems"),
            Concept.of("prostate-cancer", ConceptKind.CONDITION, "prostate cancer"),
            Concept.of("breast-cancer", ConceptKind.CONDITION, "breast cancer"),
            Concept.of("systemic-treatments", ConceptKind.TREATMENT_CLASS, "systemic treatments"),
            Concept.of("local-treatments", ConceptKind.TREATMENT_CLASS, "local treatments"));

    static Claim claim(String id, String subject, ClaimPredicate predicate, ClaimObject object, Qualifiers qualifiers) {
        return new Claim(id, subject, predicate, object, qualifiers, List.of(new Citation("source", "quote of " + id)));
    }

    static Claim concept(String id, String subject, ClaimPredicate predicate, String object) {
        return claim(id, subject, predicate, ClaimObject.concept(object), Qualifiers.NONE);
    }

    static Claim schedule(String id, int weeks) {
        return claim(
                id,
                "drug-a",
                ClaimPredicate.SCHEDULE,
                new ClaimObject.RangeObject(Range.of(weeks, weeks, RangeUnit.WEEK)),
                Qualifiers.NONE);
    }

    static Claim route(String id, String subject, Route route, Qualifiers qualifiers) {
        return claim(id, subject, ClaimPredicate.ROUTE, new ClaimObject.RouteObject(route), qualifiers);
    }

    static Content content(Claim... claims) {
        return Content.of(List.of(), CONCEPTS, List.of(claims), List.of());
    }

    /** Asserts that the content's one conflict is of the kind, between the claims, about drug-a, for the reason. */
    static void assertOnlyConflict(Content content, ConflictKind kind, List<String> claimIds, String reason) {
        assertThat(content.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(kind);
            assertThat(c.claimIds()).isEqualTo(claimIds);
            assertThat(c.subject()).isEqualTo("drug-a");
            assertThat(c.reason()).isEqualTo(reason);
        });
    }

    @Test
    void safeInConflictsWithContraindicatedInOnTheSameCondition() {
        Content content = content(
                concept("drug-a-safe", "drug-a", ClaimPredicate.SAFE_IN, "kidney-problems"),
                concept("drug-a-unsafe", "drug-a", ClaimPredicate.CONTRAINDICATED_IN, "kidney-problems"));

        assertOnlyConflict(
                content,
                ConflictKind.OPPOSITE_POLARITY,
                List.of("drug-a-safe", "drug-a-unsafe"),
                "\"drug-a contraindicated-in kidney-problems\" (drug-a-unsafe) and"
                        + " \"drug-a safe-in kidney-problems\" (drug-a-safe) cannot both hold");
    }

    @Test
    void aClassClaimReachesItsMembers() {
        Content content = content(
                concept("drug-a-is-a-drug-class", "drug-a", ClaimPredicate.IS_A, "drug-class"),
                concept("drug-a-safe", "drug-a", ClaimPredicate.SAFE_IN, "kidney-problems"),
                concept("drug-class-unsafe", "drug-class", ClaimPredicate.CONTRAINDICATED_IN, "kidney-problems"));

        assertThat(content.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.claimIds()).containsExactly("drug-a-safe", "drug-class-unsafe");
            assertThat(c.subject()).isEqualTo("drug-a");
            assertThat(c.reason()).endsWith("cannot both hold for drug-a");
        });
    }

    @Test
    void schedulesThatDoNotOverlapConflict() {
        Content content = content(schedule("every-2-weeks", 2), schedule("every-4-weeks", 4));

        assertOnlyConflict(
                content,
                ConflictKind.DISJOINT_RANGES,
                List.of("every-2-weeks", "every-4-weeks"),
                "schedule 4..4 WEEK (every-4-weeks) does not overlap 2..2 WEEK (every-2-weeks)");
    }

    @Test
    void opposedClaimsForDifferentPopulationsDoNotMeet() {
        Content content = content(
                claim(
                        "drug-a-safe",
                        "drug-a",
                        ClaimPredicate.SAFE_IN,
                        ClaimObject.concept("kidney-problems"),
                        Qualifiers.NONE.withPopulation("prostate-cancer")),
                claim(
                        "drug-a-unsafe",
                        "drug-a",
                        ClaimPredicate.CONTRAINDICATED_IN,
                        ClaimObject.concept("kidney-problems"),
                        Qualifiers.NONE.withPopulation("breast-cancer")));

        assertThat(content.conflicts()).isEmpty();
    }

    @Test
    void aRouteIntoAVeinConflictsWithOneIntoTheBone() {
        Content content = content(
                route("drug-a-route-intraosseous", "drug-a", Route.INTRAOSSEOUS, Qualifiers.NONE),
                route("drug-a-route-intravenous", "drug-a", Route.INTRAVENOUS, Qualifiers.NONE));

        assertOnlyConflict(
                content,
                ConflictKind.EXCLUSIVE_VALUES,
                List.of("drug-a-route-intraosseous", "drug-a-route-intravenous"),
                "\"drug-a route INTRAOSSEOUS\" (drug-a-route-intraosseous) and"
                        + " \"drug-a route INTRAVENOUS\" (drug-a-route-intravenous) cannot both hold:"
                        + " route INTRAOSSEOUS and route INTRAVENOUS exclude each other");
    }

    @Test
    void routesOutsideAnExclusiveSetDoNotConflict() {
        Content content = content(
                route("drug-a-route-intravenous", "drug-a", Route.INTRAVENOUS, Qualifiers.NONE),
                route("drug-a-route-oral", "drug-a", Route.ORAL, Qualifiers.NONE),
                route("drug-a-route-subcutaneous", "drug-a", Route.SUBCUTANEOUS, Qualifiers.NONE));

        assertThat(content.conflicts()).isEmpty();
    }

    @Test
    void aDeniedValueDoesNotContradictTheOther() {
        Content content = content(
                route("drug-a-route-intraosseous", "drug-a", Route.INTRAOSSEOUS, Qualifiers.NONE.withNegated(true)),
                route("drug-a-route-intravenous", "drug-a", Route.INTRAVENOUS, Qualifiers.NONE));

        assertThat(content.conflicts()).isEmpty();
    }

    @Test
    void exclusiveValuesForDifferentPopulationsDoNotMeetButEachMeetsTheUnlimited() {
        Content apart = content(
                route("a", "drug-a", Route.INTRAOSSEOUS, Qualifiers.NONE.withPopulation("prostate-cancer")),
                route("b", "drug-a", Route.INTRAVENOUS, Qualifiers.NONE.withPopulation("breast-cancer")));
        Content meeting = content(
                route("a", "drug-a", Route.INTRAOSSEOUS, Qualifiers.NONE.withPopulation("prostate-cancer")),
                route("b", "drug-a", Route.INTRAVENOUS, Qualifiers.NONE));

        assertThat(apart.conflicts()).isEmpty();
        assertThat(meeting.conflicts()).extracting(Conflict::claimIds).containsExactly(List.of("a", "b"));
    }

    @Test
    void aClassValueReachesItsMembersAndEachContradictionIsReportedOnce() {
        Content content = content(
                concept("drug-a-is-a-drug-class", "drug-a", ClaimPredicate.IS_A, "drug-class"),
                route("drug-a-route-intraosseous", "drug-a", Route.INTRAOSSEOUS, Qualifiers.NONE),
                route("drug-class-route-intravenous", "drug-class", Route.INTRAVENOUS, Qualifiers.NONE),
                concept("drug-a-is-a-local", "drug-a", ClaimPredicate.IS_A, "local-treatments"),
                concept("drug-class-is-a-systemic", "drug-class", ClaimPredicate.IS_A, "systemic-treatments"));

        assertThat(content.conflicts())
                .extracting(Conflict::kind, Conflict::claimIds, Conflict::subject)
                .containsExactly(
                        tuple(
                                ConflictKind.EXCLUSIVE_VALUES,
                                List.of("drug-a-is-a-local", "drug-class-is-a-systemic"),
                                "drug-a"),
                        tuple(
                                ConflictKind.EXCLUSIVE_VALUES,
                                List.of("drug-a-route-intraosseous", "drug-class-route-intravenous"),
                                "drug-a"));
        assertThat(content.conflicts().get(1).reason()).contains("cannot both hold for drug-a: route INTRAOSSEOUS");
    }

    @Test
    void conflictsAreDetectedOnceAndSharedAcrossThreads() throws Exception {
        Content content = content(schedule("every-2-weeks", 2), schedule("every-4-weeks", 4));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<Conflict>>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(content::conflicts);
            }
            List<Conflict> first = content.conflicts();
            for (Future<List<Conflict>> result : pool.invokeAll(calls)) {
                assertThat(result.get()).isSameAs(first);
            }
        } finally {
            pool.shutdown();
        }
        assertThatThrownBy(() -> content.conflicts().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aConflictSortsItsClaimsAndNeedsTwoDistinctOnes() {
        Claim a = schedule("a", 2);
        Claim b = schedule("b", 4);

        assertThat(new Conflict(ConflictKind.DISJOINT_RANGES, List.of(b, a), "drug-a", "why").claimIds())
                .containsExactly("a", "b");
        assertThatThrownBy(() -> new Conflict(ConflictKind.DISJOINT_RANGES, List.of(a), "drug-a", "why"))
                .hasMessage("claims must name at least two claims");
        assertThatThrownBy(() -> new Conflict(ConflictKind.DISJOINT_RANGES, List.of(a, a), "drug-a", "why"))
                .hasMessage("claims must have distinct ids");
        assertThatThrownBy(() -> new Conflict(ConflictKind.DISJOINT_RANGES, List.of(a, b), "drug-a", " "))
                .hasMessage("reason must not be blank");
    }
}
