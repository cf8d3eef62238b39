package org.osteomet.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.osteomet.core.ClaimPredicate;
import org.osteomet.core.ClaimStatus;
import org.osteomet.core.Concept;
import org.osteomet.core.Content;
import org.osteomet.core.Frequency;
import org.osteomet.core.ObjectGroup;
import org.osteomet.core.Safety;
import org.osteomet.core.StatedClaim;

/** The query API over the packaged content: the questions of {@code examples/consumer}, answered and checked. */
class ShippedContentQueryTest {
    static final Content CONTENT = ContentLoader.load();

    @Test
    void readersNamesFindTheirConcepts() {
        assertThat(CONTENT.lookup("Zometa")).map(Concept::id).hasValue("zoledronate");
        assertThat(CONTENT.lookup("Zoledronic Acid")).map(Concept::id).hasValue("zoledronate");
        assertThat(CONTENT.lookup("xgeva")).map(Concept::id).hasValue("denosumab");
        assertThat(CONTENT.lookup("spread to many bones")).map(Concept::id).hasValue("multiple-bone-metastases");
        assertThat(CONTENT.lookup("poor kidney function")).map(Concept::id).hasValue("kidney-problems");
    }

    @Test
    void osteonecrosisOfTheJawIsOneSideEffectOfZoledronateWithBothSources() {
        List<ObjectGroup> groups = CONTENT.query()
                .subject("zoledronate")
                .includingClasses()
                .predicate(ClaimPredicate.SIDE_EFFECT)
                .groupedByObject();
        List<ObjectGroup> onj = groups.stream()
                .filter(g -> g.object().canonical().equals("osteonecrosis-of-the-jaw"))
                .toList();

        assertThat(onj).hasSize(1);
        assertThat(onj.get(0).claims()).hasSizeGreaterThan(1);
        assertThat(onj.get(0).sources()).containsExactly("acs-bone-metastasis-2012", "webmd-treating-bone-metastasis");
        assertThat(onj.get(0).frequency()).hasValue(Frequency.RARE);
        assertThat(onj.get(0).statedFor()).containsExactly("bisphosphonates");
        assertThat(groups).allMatch(ObjectGroup::inherited);
    }

    @Test
    void aBlockedClassClaimDoesNotReachRadium223() {
        assertThat(CONTENT.query()
                        .predicate(ClaimPredicate.BENEFIT)
                        .object("pain-relief")
                        .includingClasses()
                        .list())
                .extracting(StatedClaim::about)
                .contains("zoledronate", "pamidronate", "strontium-89", "morphine")
                .doesNotContain("radium-223");
    }

    @Test
    void kidneyProblemsRuleOutBisphosphonatesButNotDenosumab() {
        Safety kidneys = CONTENT.query().includingClasses().safetyIn("kidney-problems");

        assertThat(kidneys.contraindicated())
                .extracting(StatedClaim::about, StatedClaim::inherited)
                .containsExactly(
                        tuple("bisphosphonates", false), tuple("pamidronate", true), tuple("zoledronate", true));
        assertThat(kidneys.safe()).extracting(StatedClaim::about).containsExactly("denosumab");
        assertThat(kidneys.sideEffects()).extracting(StatedClaim::about).contains("bone-building-medications");
    }

    @Test
    void everyDisputedClaimIsFoundAndThePreferredOneOffered() {
        List<StatedClaim> disputed =
                CONTENT.query().status(ClaimStatus.DISPUTED).list();

        assertThat(disputed)
                .extracting(s -> s.claim().id())
                .containsExactly(
                        "radiopharmaceuticals-route-intraosseous",
                        "radiopharmaceuticals-route-intravenous",
                        "radiopharmaceuticals-side-effect-normal-cell-damage");
        assertThat(CONTENT.preferredOver(disputed.get(2).claim()))
                .map(s -> s.claim().id())
                .hasValue("radiopharmaceuticals-side-effect-bone-marrow-damage");
        assertThat(CONTENT.preferredOver(disputed.get(0).claim())).isEmpty();
    }

    @Test
    void whatIsSaidForManyBonesIncludesPopulationLimitedClaims() {
        assertThat(CONTENT.query()
                        .objectOrPopulation("multiple-bone-metastases")
                        .list())
                .extracting(s -> s.claim().id())
                .containsExactly(
                        "chemotherapy-indicated-for-multiple-bone-metastases",
                        "radiopharmaceuticals-compared-to-radiation-therapy-many-bones",
                        "radiopharmaceuticals-indicated-for-multiple-bone-metastases");
    }
}
