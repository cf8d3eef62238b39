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
