package org.osteomet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.osteomet.core.ClaimPredicate.CAUTION_IN;
import static org.osteomet.core.ClaimPredicate.COMPARED_TO;
import static org.osteomet.core.ClaimPredicate.CONTRAINDICATED_IN;
import static org.osteomet.core.ClaimPredicate.INDICATED_FOR;
import static org.osteomet.core.ClaimPredicate.IS_A;
import static org.osteomet.core.ClaimPredicate.PRECAUTION;
import static org.osteomet.core.ClaimPredicate.ROUTE;
import static org.osteomet.core.ClaimPredicate.SAFE_IN;
import static org.osteomet.core.ClaimPredicate.SIDE_EFFECT;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimQueryTest {
    static Claim claim(
            String id, String subject, ClaimPredicate predicate, String object, Qualifiers q, String source) {
        return new Claim(
                id,
                subject,
                predicate,
                ClaimObject.concept(object),
                q,
                List.of(new Citation(source, "quote of " + id)));
    }

    static Claim claim(String id, String subject, ClaimPredicate predicate, String object) {
        return claim(id, subject, predicate, object, Qualifiers.NONE, "acs");
    }

    static final Content CONTENT = Content.of(
            List.of(),
            List.of(
                    new Concept(
                            "zoledronate",
                            ConceptKind.DRUG,
                            "zoledronate",
                            List.of("Zometa"),
                            List.of("zoledronic acid")),
                    Concept.of("pamidronate", ConceptKind.DRUG, "pamidronate"),
                    Concept.of("denosumab", ConceptKind.DRUG, "denosumab"),
                    Concept.of("bisphosphonates", ConceptKind.TREATMENT_CLASS, "bisphosphonates"),
                    Concept.of("systemic", ConceptKind.TREATMENT_CLASS, "systemic treatments"),
                    Concept.of("onj", ConceptKind.SIDE_EFFECT, "osteonecrosis of the jaw"),
                    Concept.of("fever", ConceptKind.SIDE_EFFECT, "fever"),
                    Concept.of("nausea", ConceptKind.SIDE_EFFECT, "nausea"),
                    new Concept(
                            "kidneys",
                            ConceptKind.CONDITION,
                            "kidney problems",
                            List.of(),
                            List.of("insuffisance rénale")),
                    new Concept(
                            "many-bones",
                            ConceptKind.FINDING,
                            "multiple bone metastases",
                            List.of(),
                            List.of("spread to many bones")),
                    Concept.of("dental-checkup", ConceptKind.PRECAUTION, "dental checkup")),
            List.of(
                    claim("z-is-a-b", "zoledronate", IS_A, "bisphosphonates"),
                    claim("p-is-a-b", "pamidronate", IS_A, "bisphosphonates"),
                    claim("b-is-a-s", "bisphosphonates", IS_A, "systemic"),
                    claim(
                            "z-onj",
                            "zoledronate",
                            SIDE_EFFECT,
                            "onj",
                            Qualifiers.builder().hedge(Hedge.CAN).build(),
                            "webmd"),
                    claim(
                            "b-onj",
                            "bisphosphonates",
                            SIDE_EFFECT,
                            "onj",
                            Qualifiers.builder()
                                    .frequency(Frequency.RARE)
                                    .seriousness(Seriousness.SERIOUS)
                                    .build(),
                            "acs"),
                    claim(
                            "z-fever",
                            "zoledronate",
                            SIDE_EFFECT,
                            "fever",
                            Qualifiers.builder().frequency(Frequency.COMMON).build(),
                            "webmd"),
                    claim(
                            "b-fever",
                            "bisphosphonates",
                            SIDE_EFFECT,
                            "fever",
                            Qualifiers.builder()
                                    .frequency(Frequency.MOST_COMMON)
                                    .build(),
                            "acs"),
                    claim(
                            "b-no-fever",
                            "bisphosphonates",
                            SIDE_EFFECT,
                            "fever",
                            Qualifiers.builder().negated(true).build(),
                            "mayo"),
                    claim(
                            "s-nausea",
                            "systemic",
                            SIDE_EFFECT,
                            "nausea",
                            Qualifiers.builder().frequency(Frequency.COMMON).build(),
                            "acs"),
                    claim(
                            "b-nausea",
                            "bisphosphonates",
                            SIDE_EFFECT,
                            "nausea",
                            Qualifiers.builder()
                                    .frequency(Frequency.MOST_COMMON)
                                    .build(),
                            "webmd"),
                    new Claim(
                            "b-route-oral",
                            "bisphosphonates",
                            ROUTE,
                            new ClaimObject.RouteObject(Route.ORAL),
                            Qualifiers.builder().members(MemberScope.SOME).build(),
                            List.of(new Citation("acs", "some"))),
                    claim("b-contra-kidneys", "bisphosphonates", CONTRAINDICATED_IN, "kidneys"),
                    claim("z-caution-kidneys", "zoledronate", CAUTION_IN, "kidneys"),
                    claim("d-safe-kidneys", "denosumab", SAFE_IN, "kidneys"),
                    claim("s-kidneys", "systemic", SIDE_EFFECT, "kidneys"),
                    claim(
                            "b-dental",
                            "bisphosphonates",
                            PRECAUTION,
                            "dental-checkup",
                            Qualifiers.builder().population("kidneys").build(),
                            "acs"),
                    claim("p-many-bones", "pamidronate", INDICATED_FOR, "many-bones"),
                    claim(
                            "s-compared",
                            "systemic",
                            COMPARED_TO,
                            "denosumab",
                            Qualifiers.builder()
                                    .population("many-bones")
                                    .comparison(Comparison.BETTER)
                                    .build(),
                            "acs")),
            List.of(new Adjudication("fever", List.of("b-fever", "b-no-fever"), Decision.PREFER, "b-no-fever", "why")),
            List.of(new Coverage(
                    "p-no-onj",
                    "pamidronate",
                    SIDE_EFFECT,
                    CoverageKind.NOT_INHERITED,
                    "b-onj",
                    List.of(new Citation("acs", "pamidronate apart")))));

    @Test
    void looksUpByNameSynonymOrBrandIgnoringCaseAccentsAndSpaces() {
        assertThat(CONTENT.lookup("ZOMETA")).map(Concept::id).hasValue("zoledronate");
        assertThat(CONTENT.lookup("  Zoledronic   Acid ")).map(Concept::id).hasValue("zoledronate");
        assertThat(CONTENT.lookup("zolédronate")).map(Concept::id).hasValue("zoledronate");
        assertThat(CONTENT.lookup("insuffisance renale")).map(Concept::id).hasValue("kidneys");
        assertThat(CONTENT.lookup("zoledronate acid")).isEmpty();
    }

    @Test
    void aPreferredNameOutranksASynonymOfAnotherConcept() {
        Content content = Content.of(
                List.of(),
                List.of(
                        new Concept("a-first", ConceptKind.DRUG, "alpha", List.of(), List.of("beta")),
                        Concept.of("b-second", ConceptKind.DRUG, "Beta")),
                List.of(),
                List.of());
        assertThat(content.lookupAll("beta")).extracting(Concept::id).containsExactly("b-second", "a-first");
        assertThat(content.lookup("BETA")).map(Concept::id).hasValue("b-second");
    }

    @Test
    void aSubjectWithItsClassesAnswersOwnClaimsFirstThenNearestClassLabelled() {
        assertThat(CONTENT.query()
                        .subject("zoledronate")
                        .includingClasses()
                        .predicate(SIDE_EFFECT)
                        .list())
                .extracting(s -> s.claim().id(), StatedClaim::about, StatedClaim::inherited, StatedClaim::status)
                .containsExactly(
                        tuple("z-fever", "zoledronate", false, ClaimStatus.NORMAL),
                        tuple("z-onj", "zoledronate", false, ClaimStatus.NORMAL),
                        tuple("b-fever", "zoledronate", true, ClaimStatus.DISPUTED),
                        tuple("b-nausea", "zoledronate", true, ClaimStatus.NORMAL),
                        tuple("b-no-fever", "zoledronate", true, ClaimStatus.PREFERRED),
                        tuple("b-onj", "zoledronate", true, ClaimStatus.NORMAL),
                        tuple("s-kidneys", "zoledronate", true, ClaimStatus.NORMAL),
                        tuple("s-nausea", "zoledronate", true, ClaimStatus.NORMAL));
        assertThat(CONTENT.query().subject("zoledronate").predicate(SIDE_EFFECT).list())
                .extracting(s -> s.claim().id())
                .containsExactly("z-fever", "z-onj");
    }

    @Test
    void aClassClaimNeverReachesAMemberItIsBlockedForOrHoldsForOnlySomeMembersOf() {
        assertThat(CONTENT.query()
                        .subject("pamidronate")
                        .includingClasses()
                        .predicate(SIDE_EFFECT)
                        .list())
                .extracting(s -> s.claim().id())
                .doesNotContain("b-onj")
                .contains("b-nausea");
        assertThat(CONTENT.query().predicate(ROUTE).includingClasses().list())
                .extracting(StatedClaim::about)
                .containsExactly("bisphosphonates");
    }

    @Test
    void withoutASubjectIncludingClassesAnswersForEveryMemberOfTheClass() {
        assertThat(CONTENT.query().object("onj").includingClasses().list())
                .extracting(StatedClaim::about, s -> s.claim().id())
                .containsExactly(
                        tuple("bisphosphonates", "b-onj"),
                        tuple("zoledronate", "z-onj"),
                        tuple("zoledronate", "b-onj"));
        assertThat(CONTENT.query().object("onj").list())
                .extracting(s -> s.claim().id())
                .containsExactly("b-onj", "z-onj");
    }

    @Test
    void membersAreFoundAtAnyDepthNearestFirst() {
        assertThat(CONTENT.membersOf("systemic")).containsExactly("bisphosphonates", "pamidronate", "zoledronate");
        assertThat(CONTENT.directMembersOf("systemic")).containsExactly("bisphosphonates");
        assertThat(CONTENT.classesOf("zoledronate")).containsExactly("bisphosphonates", "systemic");
        assertThat(CONTENT.directClassesOf("zoledronate")).containsExactly("bisphosphonates");
        assertThat(CONTENT.query()
                        .subject("systemic")
                        .includingMembers()
                        .predicate(IS_A)
                        .list())
                .extracting(StatedClaim::about, s -> s.claim().id())
                .containsExactly(
                        tuple("bisphosphonates", "b-is-a-s"),
                        tuple("pamidronate", "p-is-a-b"),
                        tuple("zoledronate", "z-is-a-b"));
    }

    @Test
    void groupsMergeOwnAndInheritedClaimsWithStrongestValuesAndAllSources() {
        List<ObjectGroup> groups = CONTENT.query()
                .subject("zoledronate")
                .includingClasses()
                .predicate(SIDE_EFFECT)
                .groupedByObject();

        assertThat(groups)
                .extracting(g -> g.object().canonical(), ObjectGroup::negated)
                .containsExactly(
                        tuple("fever", false),
                        tuple("onj", false),
                        tuple("nausea", false),
                        tuple("fever", true),
                        tuple("kidneys", false));
        ObjectGroup onj = groups.get(1);
        assertThat(onj.claims()).extracting(s -> s.claim().id()).containsExactly("z-onj", "b-onj");
        assertThat(onj.frequency()).hasValue(Frequency.RARE);
        assertThat(onj.seriousness()).hasValue(Seriousness.SERIOUS);
        assertThat(onj.sources()).containsExactly("acs", "webmd");
        assertThat(onj.statedFor()).containsExactly("zoledronate", "bisphosphonates");
        assertThat(onj.inherited()).isFalse();
        assertThat(groups.get(2).frequency()).hasValue(Frequency.MOST_COMMON);
        assertThat(groups.get(2).inherited()).isTrue();
    }

    @Test
    void aDisputedClaimNeitherSetsAGroupsStatusNorRaisesItsFrequency() {
        ObjectGroup fever = CONTENT.query()
                .subject("zoledronate")
                .includingClasses()
                .predicate(SIDE_EFFECT)
                .object("fever")
                .groupedByObject()
                .get(0);
        assertThat(fever.claims()).extracting(s -> s.claim().id()).containsExactly("z-fever", "b-fever");
        assertThat(fever.status()).isEqualTo(ClaimStatus.NORMAL);
        assertThat(fever.frequency()).hasValue(Frequency.COMMON);
        assertThat(fever.sources()).containsExactly("acs", "webmd");
    }

    @Test
    void aGroupRefusesAClaimThatSaysSomethingElse() {
        StatedClaim onj =
                CONTENT.query().subject("zoledronate").object("onj").list().get(0);
        StatedClaim fever =
                CONTENT.query().subject("zoledronate").object("fever").list().get(0);
        assertThatThrownBy(() -> new ObjectGroup(
                        "zoledronate", SIDE_EFFECT, onj.claim().object(), false, Scope.EVERYWHERE, List.of(onj, fever)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("claim z-fever does not belong to this group");
    }

    @Test
    void safetyInAConditionAnswersEachQuestionThroughClasses() {
        Safety everyone = CONTENT.query().includingClasses().safetyIn("kidneys");
        assertThat(everyone.contraindicated())
                .extracting(StatedClaim::about, StatedClaim::inherited)
                .containsExactly(
                        tuple("bisphosphonates", false), tuple("pamidronate", true), tuple("zoledronate", true));
        assertThat(everyone.caution()).extracting(StatedClaim::about).containsExactly("zoledronate");
        assertThat(everyone.safe()).extracting(StatedClaim::about).containsExactly("denosumab");
        assertThat(everyone.precautions()).extracting(s -> s.claim().id()).contains("b-dental");
        assertThat(everyone.sideEffects()).extracting(StatedClaim::about).contains("systemic", "zoledronate");

        Safety zoledronate =
                CONTENT.query().subject("zoledronate").includingClasses().safetyIn("kidneys");
        assertThat(zoledronate.contraindicated())
                .extracting(s -> s.claim().id())
                .containsExactly("b-contra-kidneys");
        assertThat(zoledronate.safe()).isEmpty();
        assertThat(CONTENT.query().subject("zoledronate").safetyIn("kidneys").contraindicated())
                .isEmpty();
        assertThat(CONTENT.query().safetyIn("many-bones").isEmpty()).isTrue();
    }

    @Test
    void safetyInRefusesAQueryThatAlreadyLimitsThePredicate() {
        assertThatThrownBy(() -> CONTENT.query().predicate(SAFE_IN).safetyIn("kidneys"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("safetyIn sets the predicate, object and population itself");
    }

    @Test
    void populationAndObjectOrPopulationFindWhatIsSaidForASituation() {
        assertThat(CONTENT.query().population("many-bones").list())
                .extracting(s -> s.claim().id())
                .containsExactly("s-compared");
        assertThat(CONTENT.query().objectOrPopulation("many-bones").list())
                .extracting(s -> s.claim().id())
                .containsExactly("p-many-bones", "s-compared");
    }

    @Test
    void disputedClaimsNameTheClaimToShowInstead() {
        List<StatedClaim> disputed =
                CONTENT.query().status(ClaimStatus.DISPUTED).list();
        assertThat(disputed).extracting(s -> s.claim().id()).containsExactly("b-fever");
        assertThat(CONTENT.preferredOver(disputed.get(0).claim()))
                .map(s -> s.claim().id() + " " + s.status())
                .hasValue("b-no-fever PREFERRED");
        assertThat(CONTENT.preferredOver(CONTENT.claim("b-no-fever").orElseThrow()))
                .isEmpty();
        assertThat(CONTENT.preferredOver(CONTENT.claim("z-onj").orElseThrow())).isEmpty();
    }

    @Test
    void queriesAreImmutableAndALaterFilterOfOnePartReplacesTheEarlier() {
        ClaimQuery all = CONTENT.query();
        ClaimQuery zoledronate = all.subject("pamidronate").subject("zoledronate");
        assertThat(all.list()).hasSize(CONTENT.claims().size());
        assertThat(zoledronate.list()).extracting(StatedClaim::about).containsOnly("zoledronate");
        assertThat(zoledronate
                        .predicate(IS_A)
                        .predicate(SIDE_EFFECT, CAUTION_IN)
                        .list())
                .extracting(s -> s.claim().predicate())
                .containsOnly(SIDE_EFFECT, CAUTION_IN);
        assertThat(CONTENT.query().subject("no-such-concept").includingClasses().list())
                .isEmpty();
    }

    @Test
    void namesShowConceptsAndObjectsInWords() {
        assertThat(CONTENT.nameOf("onj")).isEqualTo("osteonecrosis of the jaw");
        assertThat(CONTENT.nameOf("unknown-id")).isEqualTo("unknown-id");
        assertThat(CONTENT.nameOf(new ClaimObject.RouteObject(Route.INTRAVENOUS)))
                .isEqualTo("intravenous");
        assertThat(CONTENT.nameOf(new ClaimObject.RangeObject(Range.of(3, 4, RangeUnit.WEEK))))
                .isEqualTo("3 to 4 week");
        assertThat(CONTENT.nameOf(new ClaimObject.RangeObject(Range.unspecified(RangeUnit.DOSE))))
                .isEqualTo("dose (number not stated)");
    }
}
