package org.osteomet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QualifiersTest {
    @Test
    void everyRecordComponentIsDeclaredOnceAsAFieldInTheSameOrder() {
        RecordComponent[] components = Qualifiers.class.getRecordComponents();

        assertThat(Qualifiers.Field.ALL)
                .extracting(Qualifiers.Field::wireName)
                .containsExactlyElementsOf(
                        Arrays.stream(components).map(RecordComponent::getName).toList());
        for (Qualifiers.Field field : Qualifiers.Field.ALL) {
            Class<?> type = components[field.ordinal()].getType();
            assertThat(type == boolean.class ? Boolean.class : type)
                    .as(field.wireName())
                    .isEqualTo(field.type());
        }
    }

    @Test
    void qualifiersBuiltFromFieldsGiveBackTheirValues() {
        Map<Qualifiers.Field, Object> values = new EnumMap<>(Qualifiers.Field.class);
        values.put(Qualifiers.Field.HEDGE, Hedge.MAY);
        values.put(Qualifiers.Field.NEGATED, true);
        values.put(Qualifiers.Field.POPULATION, "kidney-problems");
        values.put(Qualifiers.Field.ASPECT, "cost");

        Qualifiers q = Qualifiers.of(values);

        assertThat(q)
                .isEqualTo(Qualifiers.NONE
                        .withHedge(Hedge.MAY)
                        .withNegated(true)
                        .withPopulation("kidney-problems")
                        .with(Qualifiers.Field.ASPECT, "cost"));
        assertThat(q.hedge()).isEqualTo(Hedge.MAY);
        assertThat(q.aspect()).isEqualTo("cost");
        assertThat(q.stated()).isEqualTo(values);
        assertThat(Qualifiers.of(Map.of())).isEqualTo(Qualifiers.NONE);
        assertThat(Qualifiers.NONE.stated()).isEmpty();
    }

    @Test
    void buildingChecksTypesAndTheRecordsOwnConstraints() {
        assertThatThrownBy(() -> Qualifiers.of(Map.of(Qualifiers.Field.HEDGE, "MAY")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("qualifiers.hedge must be a Hedge");
        assertThatThrownBy(() -> Qualifiers.of(Map.of(Qualifiers.Field.POPULATION, "Kidney")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("qualifiers.population must be kebab-case");
    }

    @Test
    void fieldsAreFoundByWireNameAndListTheirConstants() {
        assertThat(Qualifiers.Field.fromWireName("frequency")).contains(Qualifiers.Field.FREQUENCY);
        assertThat(Qualifiers.Field.fromWireName("FREQUENCY")).isEmpty();
        assertThat(Qualifiers.Field.FREQUENCY.constants()).containsExactly((Enum<?>[]) Frequency.values());
        assertThat(Qualifiers.Field.ASPECT.constants()).isEmpty();
    }

    @Test
    void aFieldParsesWhatItsWritersWrite() {
        assertThat(Qualifiers.Field.HEDGE.parse("MAY")).isEqualTo(Hedge.MAY);
        assertThat(Qualifiers.Field.NEGATED.parse("false")).isEqualTo(false);
        assertThat(Qualifiers.Field.NOTE.parse("a note")).isEqualTo("a note");
        assertThatThrownBy(() -> Qualifiers.Field.HEDGE.parse("may"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("qualifiers.hedge has no value \"may\"");
        assertThatThrownBy(() -> Qualifiers.Field.NEGATED.parse("yes")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBuilderNamesEachPartAndNullLeavesItUnstated() {
        Qualifiers q = Qualifiers.builder()
                .frequency(Frequency.COMMON)
                .hedge(Hedge.MAY)
                .population("kidney-problems")
                .route(Route.INTRAVENOUS)
                .negated(true)
                .note("a note")
                .build();

        assertThat(q.stated())
                .containsOnlyKeys(
                        Qualifiers.Field.FREQUENCY,
                        Qualifiers.Field.HEDGE,
                        Qualifiers.Field.POPULATION,
                        Qualifiers.Field.ROUTE,
                        Qualifiers.Field.NEGATED,
                        Qualifiers.Field.NOTE);
        assertThat(q.toBuilder().hedge(null).negated(false).build())
                .isEqualTo(Qualifiers.builder()
                        .frequency(Frequency.COMMON)
                        .population("kidney-problems")
                        .route(Route.INTRAVENOUS)
                        .note("a note")
                        .build());
        assertThat(Qualifiers.builder().build()).isEqualTo(Qualifiers.NONE);
        assertThatThrownBy(() -> Qualifiers.builder().combinedWith("Not Kebab").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("qualifiers.combinedWith must be kebab-case");
    }
}
