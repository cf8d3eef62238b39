package org.osteomet.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContentTest {
    static Claim claim(String id, String subject, ClaimPredicate predicate, String object, String source) {
        return new Claim(
                id,
                subject,
                predicate,
                ClaimObject.concept(object),
                Qualifiers.NONE,
                List.of(new Citation(source, "quote of " + id)));
    }

    static final Content CONTENT = Content.of(
            List.of(),
            List.of(
                    Concept.of("zoledronate", ConceptKind.DRUG, "zoledronate"),
                    Concept.of("bisphosphonates", ConceptKind.TREATMENT_CLASS, "bisphosphonates"),
                    Concept.of("nausea", ConceptKind.SIDE_EFFECT, "nausea"),
                    Concept.of("fever", ConceptKind.SIDE_EFFECT, "fever")),
            List.of(
                    claim("z-is-a-b", "zoledronate", ClaimPredicate.IS_A, "bisphosphonates", "acs"),
                    claim("b-fever", "bisphosphonates", ClaimPredicate.SIDE_EFFECT, "fever", "acs"),
                    claim("z-nausea", "zoledronate", ClaimPredicate.SIDE_EFFECT, "nausea", "webmd")),
            List.of());

    @Test
    void listsAreSortedById() {
        assertThat(CONTENT.claims()).extracting(Claim::id).containsExactly("b-fever", "z-is-a-b", "z-nausea");
        assertThat(CONTENT.concepts()).extracting(Concept::id).isSorted();
    }

    @Test
    void findsClaimsAboutASubjectAndInheritedFromItsClasses() {
        assertThat(CONTENT.claimsAbout("zoledronate", ClaimPredicate.SIDE_EFFECT))
                .extracting(Claim::id)
                .containsExactly("z-nausea");
        assertThat(CONTENT.claimsAboutIncludingClasses("zoledronate", ClaimPredicate.SIDE_EFFECT))
                .extracting(s -> s.claim().id(), StatedClaim::statedFor, StatedClaim::inherited)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("z-nausea", "zoledronate", false),
                        org.assertj.core.groups.Tuple.tuple("b-fever", "bisphosphonates", true));
        assertThat(CONTENT.classesOf("zoledronate")).containsExactly("bisphosphonates");
        assertThat(CONTENT.membersOf("bisphosphonates")).containsExactly("zoledronate");
    }

    static Coverage coverage(String id, String subject, CoverageKind kind, String claim) {
        return new Coverage(
                id, subject, ClaimPredicate.SIDE_EFFECT, kind, claim, List.of(new Citation("acs", "quote of " + id)));
    }

    static Content with(List<Adjudication> adjudications, List<Coverage> coverage) {
        return Content.of(CONTENT.sources(), CONTENT.concepts(), CONTENT.claims(), adjudications, coverage);
    }

    @Test
    void aNotInheritedNoteStopsOneClassClaimOrAllOfAPredicate() {
        Content oneClaim =
                with(List.of(), List.of(coverage("z-no-fever", "zoledronate", CoverageKind.NOT_INHERITED, "b-fever")));
        Content predicate =
                with(List.of(), List.of(coverage("z-no-effects", "zoledronate", CoverageKind.NOT_INHERITED, null)));

        assertThat(oneClaim.claimsAboutIncludingClasses("zoledronate", ClaimPredicate.SIDE_EFFECT))
                .extracting(s -> s.claim().id())
                .containsExactly("z-nausea");
        assertThat(predicate.claimsAboutIncludingClasses("zoledronate", ClaimPredicate.SIDE_EFFECT))
                .extracting(s -> s.claim().id())
                .containsExactly("z-nausea");
        assertThat(predicate.claimsAboutIncludingClasses("zoledronate", ClaimPredicate.IS_A))
                .extracting(s -> s.claim().id())
                .containsExactly("z-is-a-b");
    }

    @Test
    void openListsAndGapsOfAClassReachItsMembersButItsBlocksDoNot() {
        Content content = with(
                List.of(),
                List.of(
                        coverage("b-open", "bisphosphonates", CoverageKind.OPEN_LIST, null),
                        coverage("b-blocked", "bisphosphonates", CoverageKind.NOT_INHERITED, null),
                        coverage("z-gap", "zoledronate", CoverageKind.KNOWN_GAP, null)));

        assertThat(content.coverageOf("zoledronate", ClaimPredicate.SIDE_EFFECT))
                .extracting(Coverage::id)
                .containsExactly("z-gap", "b-open");
        assertThat(content.coverageOf("zoledronate", ClaimPredicate.IS_A)).isEmpty();
    }

    @Test
    void statusDerivesFromTheAdjudications() {
        Content content = with(
                List.of(
                        new Adjudication("prefer", List.of("b-fever", "z-nausea"), Decision.PREFER, "b-fever", "why"),
                        new Adjudication("open", List.of("z-is-a-b", "z-nausea"), Decision.KEEP_ALL, null, "why")),
                List.of());

        assertThat(content.status(content.claim("b-fever").orElseThrow())).isEqualTo(ClaimStatus.PREFERRED);
        assertThat(content.status(content.claim("z-nausea").orElseThrow())).isEqualTo(ClaimStatus.DISPUTED);
        assertThat(content.status(content.claim("z-is-a-b").orElseThrow())).isEqualTo(ClaimStatus.DISPUTED);
        assertThat(CONTENT.status(CONTENT.claim("b-fever").orElseThrow())).isEqualTo(ClaimStatus.NORMAL);
        assertThat(content.adjudicationsOf("z-nausea"))
                .extracting(Adjudication::id)
                .containsExactly("open", "prefer");
        assertThat(content.claimsAboutIncludingClasses("zoledronate", ClaimPredicate.SIDE_EFFECT))
                .extracting(StatedClaim::status)
                .containsExactly(ClaimStatus.DISPUTED, ClaimStatus.PREFERRED);
    }

    @Test
    void corroborationCountsPublishersNotPages() {
        Source first = new Source("webmd-a", "WebMD", "A", null, null, List.of(), "snapshots/a.txt", "0".repeat(64));
        Source second = new Source("webmd-b", "WebMD", "B", null, null, List.of(), "snapshots/b.txt", "0".repeat(64));
        Source third = new Source("acs", "ACS", "C", null, null, List.of(), "snapshots/c.txt", "0".repeat(64));
        Claim claim = new Claim(
                "c",
                "zoledronate",
                ClaimPredicate.SIDE_EFFECT,
                ClaimObject.concept("fever"),
                Qualifiers.NONE,
                List.of(new Citation("webmd-a", "q"), new Citation("webmd-b", "q"), new Citation("acs", "q")));
        Content content = Content.of(List.of(first, second, third), List.of(), List.of(claim), List.of());

        assertThat(content.corroboration(claim)).isEqualTo(2);
    }

    @Test
    void findsClaimsByObjectSourceAndKind() {
        assertThat(CONTENT.claimsWithObject("fever", ClaimPredicate.SIDE_EFFECT))
                .extracting(Claim::subject)
                .containsExactly("bisphosphonates");
        assertThat(CONTENT.claimsCiting("webmd")).extracting(Claim::id).containsExactly("z-nausea");
        assertThat(CONTENT.conceptsOfKind(ConceptKind.SIDE_EFFECT))
                .extracting(Concept::id)
                .containsExactly("fever", "nausea");
    }

    @Test
    void equalContentIsEqualWhateverTheInputOrder() {
        Content reversed = Content.of(List.of(), reverse(CONTENT.concepts()), reverse(CONTENT.claims()), List.of());
        assertThat(reversed).isEqualTo(CONTENT).hasSameHashCodeAs(CONTENT);
    }

    static <T> List<T> reverse(List<T> values) {
        List<T> copy = new java.util.ArrayList<>(values);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
