package org.osteomet.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContentTest {
    static Claim claim(String id, String subject, Predicate predicate, String object, String source) {
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
                    claim("z-is-a-b", "zoledronate", Predicate.IS_A, "bisphosphonates", "acs"),
                    claim("b-fever", "bisphosphonates", Predicate.SIDE_EFFECT, "fever", "acs"),
                    claim("z-nausea", "zoledronate", Predicate.SIDE_EFFECT, "nausea", "webmd")),
            List.of());

    @Test
    void listsAreSortedById() {
        assertThat(CONTENT.claims()).extracting(Claim::id).containsExactly("b-fever", "z-is-a-b", "z-nausea");
        assertThat(CONTENT.concepts()).extracting(Concept::id).isSorted();
    }

    @Test
    void findsClaimsAboutASubjectAndInheritedFromItsClasses() {
        assertThat(CONTENT.claimsAbout("zoledronate", Predicate.SIDE_EFFECT))
                .extracting(Claim::id)
                .containsExactly("z-nausea");
        assertThat(CONTENT.claimsAboutIncludingClasses("zoledronate", Predicate.SIDE_EFFECT))
                .extracting(Claim::id)
                .containsExactly("z-nausea", "b-fever");
        assertThat(CONTENT.classesOf("zoledronate")).containsExactly("bisphosphonates");
        assertThat(CONTENT.membersOf("bisphosphonates")).containsExactly("zoledronate");
    }

    @Test
    void findsClaimsByObjectSourceAndKind() {
        assertThat(CONTENT.claimsWithObject(Predicate.SIDE_EFFECT, "fever"))
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
