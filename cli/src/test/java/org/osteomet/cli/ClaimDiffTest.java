package org.osteomet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osteomet.core.Citation;
import org.osteomet.core.Claim;
import org.osteomet.core.ClaimObject;
import org.osteomet.core.ClaimPredicate;
import org.osteomet.core.Content;
import org.osteomet.core.Qualifiers;

class ClaimDiffTest {
    static Stream<Qualifiers.Field> fields() {
        return Qualifiers.Field.ALL.stream();
    }

    /** A value for the field: the last enum constant, true, or an id or text. */
    static Object sample(Qualifiers.Field field) {
        return switch (field.form()) {
            case ENUM -> field.constants().get(field.constants().size() - 1);
            case FLAG -> Boolean.TRUE;
            case CONCEPT_ID -> "kidney-problems";
            case TEXT -> "a stated scope";
        };
    }

    static Claim claim(Qualifiers qualifiers) {
        return new Claim(
                "drug-a-side-effect-nausea",
                "drug-a",
                ClaimPredicate.SIDE_EFFECT,
                ClaimObject.concept("nausea"),
                qualifiers,
                List.of(new Citation("source-a", "Drug A can cause nausea.")));
    }

    static ClaimDiff diff(Claim before, Claim after) {
        return ClaimDiff.between(
                Content.of(List.of(), List.of(), List.of(before), List.of()),
                Content.of(List.of(), List.of(), List.of(after), List.of()));
    }

    @ParameterizedTest
    @MethodSource("fields")
    void everyQualifierIsShownWhenItAloneChanges(Qualifiers.Field field) {
        Object value = sample(field);
        ClaimDiff diff = diff(claim(Qualifiers.NONE), claim(Qualifiers.of(Map.of(field, value))));

        ClaimDiff.Change change = diff.bySubject().get("drug-a").get(0);
        assertThat(change.kind()).isEqualTo(ClaimDiff.Kind.CHANGED);
        assertThat(change.differences())
                .containsExactly(
                        new ClaimDiff.Difference("qualifiers." + field.wireName(), null, ClaimDiff.text(value)));
        assertThat(DiffCommand.describe(change.after())).contains(field.wireName() + " " + ClaimDiff.text(value));
    }
}
