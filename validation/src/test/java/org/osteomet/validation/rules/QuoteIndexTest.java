package org.osteomet.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class QuoteIndexTest {
    private final QuoteIndex index = new QuoteIndex("It\u2019s given  by vein\nevery 4 weeks.\u00a0Rarely, jaw pain.");

    @Test
    void findsAByteForByteCopy() {
        assertThat(index.match("given  by vein\nevery")).isEqualTo(QuoteIndex.Match.VERBATIM);
    }

    @Test
    void findsAQuoteThatDiffersOnlyInSpacesAndQuoteMarks() {
        assertThat(index.match("It's given by vein every 4 weeks. Rarely")).isEqualTo(QuoteIndex.Match.NORMALIZED);
    }

    @Test
    void findsNothingForWordsTheTextDoesNotHave() {
        assertThat(index.match("given by mouth")).isEqualTo(QuoteIndex.Match.NONE);
    }

    @Test
    void everySpanOfTheTextIsVerbatimAndMatchesOnceNormalised() {
        String text = "A\u2019b  c\t\u00a0d \u201Ce\u201D\n f\u2009g";
        QuoteIndex spans = new QuoteIndex(text);
        Random random = new Random(18);
        for (int i = 0; i < 500; i++) {
            int start = random.nextInt(text.length());
            int end = start + 1 + random.nextInt(text.length() - start);
            String span = text.substring(start, end);
            assertThat(spans.match(span)).as("span [%d, %d)", start, end).isEqualTo(QuoteIndex.Match.VERBATIM);
            assertThat(QuoteText.normalize(text)).contains(QuoteText.normalize(span));
        }
    }
}
