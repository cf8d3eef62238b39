package org.osteomet.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotIndexTest {
    @Test
    void placesAQuoteByCodePointsOfTheSnapshotItself() {
        String text = "\uD83E\uDDB4 Bones\n\nIt\u2019s  given by\u00a0vein.";
        QuotePlace place =
                SnapshotIndex.of(text).occurrences("It's given by vein").get(0);

        assertThat(place.start()).isEqualTo(9);
        assertThat(place.end()).isEqualTo(28);
        assertThat(place.exact()).isEqualTo("It\u2019s  given by\u00a0vein");
        assertThat(place.prefix()).isEqualTo("\uD83E\uDDB4 Bones\n\n");
        assertThat(place.suffix()).isEqualTo(".");
        assertThat(text.codePoints().skip(place.start()).limit(place.end() - place.start()))
                .containsExactlyElementsOf(place.exact().codePoints().boxed().toList());
    }

    @Test
    void keepsThirtyTwoCodePointsOfContextEachSide() {
        String text = "a".repeat(40) + " quote " + "b".repeat(40);
        QuotePlace place = SnapshotIndex.of(text).occurrences("quote").get(0);

        assertThat(place.prefix()).isEqualTo("a".repeat(31) + " ");
        assertThat(place.suffix()).isEqualTo(" " + "b".repeat(31));
        assertThat(place.start()).isEqualTo(41);
    }

    @Test
    void findsEveryOccurrenceAndLetsPrefixOrSuffixPickOne() {
        SnapshotIndex index = SnapshotIndex.of("Take calcium daily.\nTake calcium weekly.");

        assertThat(index.occurrences("Take calcium"))
                .extracting(QuotePlace::start)
                .containsExactly(0, 20);
        assertThat(index.places(new Citation("s", "Take calcium", null, "weekly")))
                .extracting(QuotePlace::start)
                .containsExactly(20);
        assertThat(index.places(new Citation("s", "Take calcium", "daily.", null)))
                .extracting(QuotePlace::start)
                .containsExactly(20);
        assertThat(index.places(new Citation("s", "Take calcium", "nothing", null)))
                .isEmpty();
        assertThat(index.places(new Citation("s", "Take calcium"))).hasSize(2);
        for (Citation citation : List.of(
                new Citation("s", "Take calcium", null, "weekly"),
                new Citation("s", "Take calcium", "nothing", null),
                new Citation("s", "Take calcium"))) {
            assertThat(index.countPlaces(citation))
                    .isEqualTo(index.places(citation).size());
        }
    }

    @Test
    void findsEverySpanOfTheTextWhereAScanOfTheMatchingFormDoes() {
        // Repeated words, a word inside another, overlapping repeats, typographic marks and odd white space: the
        // word index must find what a plain scan finds, for quotes that start or end inside a word too.
        String text = "It\u2019s  given given by vein. Given by\u00a0vein, by vein\tevery 4 weeks;\nveins given by";
        SnapshotIndex index = SnapshotIndex.of(text);
        String matching = index.matching();
        for (int start = 0; start < text.length(); start++) {
            for (int end = start + 1; end <= text.length(); end++) {
                String span = text.substring(start, end);
                String wanted = SnapshotIndex.normalize(span);
                List<Integer> scanned = new java.util.ArrayList<>();
                for (int at = wanted.isEmpty() ? -1 : matching.indexOf(wanted);
                        at >= 0;
                        at = matching.indexOf(wanted, at + 1)) {
                    scanned.add(at);
                }
                assertThat(index.occurrences(span))
                        .as("span [%d, %d)", start, end)
                        .hasSize(scanned.size());
                assertThat(index.contains(span)).as("span [%d, %d)", start, end).isEqualTo(!scanned.isEmpty());
                assertThat(index.containsVerbatim(span))
                        .as("span [%d, %d)", start, end)
                        .isTrue();
            }
        }
        assertThat(index.contains("given by mouth")).isFalse();
        assertThat(index.containsVerbatim("It's given")).isFalse();
        assertThat(index.contains("It's given")).isTrue();
        assertThat(index.occurrences("given by vein"))
                .extracting(QuotePlace::start)
                .containsExactly(12);
        assertThat(index.occurrences("by vein")).extracting(QuotePlace::start).containsExactly(18, 33, 42);
    }

    @Test
    void normalizesAsTheQuoteRulesDo() {
        assertThat(SnapshotIndex.normalize("  \u201CA\u201D\n\t b\u00a0 ")).isEqualTo("\"A\" b");
    }

    @Test
    void placesEveryCitationOfAContentOnce() {
        Source source = new Source("s", "P", "T", null, null, List.of(), "snapshots/s.txt", "0".repeat(64));
        Citation once = new Citation("s", "daily");
        Citation twice = new Citation("s", "Take calcium");
        Claim claim = new Claim(
                "c", "x", ClaimPredicate.DEFINITION, ClaimObject.text("t"), Qualifiers.NONE, List.of(once, twice));
        Content content = Content.of(List.of(source), List.of(), List.of(claim), List.of());

        QuotePlaces places = QuotePlaces.of(content, id -> "Take calcium daily.\nTake calcium weekly.");

        assertThat(places.place(once)).map(QuotePlace::start).contains(13);
        assertThat(places.place(twice)).isEmpty();
        assertThat(QuotePlaces.NONE.place(once)).isEmpty();
    }
}
