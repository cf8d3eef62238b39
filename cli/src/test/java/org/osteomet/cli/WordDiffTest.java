package org.osteomet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {
    @Test
    void oneChangedWordIsShownOldAndNewAmongTheKeptWords() {
        WordDiff diff = WordDiff.of("Denosumab can make you feel weak.", "Denosumab can make you feel tired.");

        assertThat(diff.marked()).isEqualTo("Denosumab can make you feel [-weak.-]{+tired.+}");
        assertThat(diff.pieces())
                .containsExactly(
                        new WordDiff.Piece(WordDiff.Op.EQUAL, List.of("Denosumab", "can", "make", "you", "feel")),
                        new WordDiff.Piece(WordDiff.Op.DELETE, List.of("weak.")),
                        new WordDiff.Piece(WordDiff.Op.INSERT, List.of("tired.")));
    }

    @Test
    void insertedAndDeletedWordsStandAlone() {
        assertThat(WordDiff.of("a b c", "a x b").marked()).isEqualTo("a {+x+} b [-c-]");
        assertThat(WordDiff.of("", "new words").marked()).isEqualTo("{+new words+}");
        assertThat(WordDiff.of("old words", "").marked()).isEqualTo("[-old words-]");
    }

    @Test
    void whiteSpaceBetweenWordsIsNotAChange() {
        assertThat(WordDiff.of("a  b\nc", "a b c").pieces())
                .containsExactly(new WordDiff.Piece(WordDiff.Op.EQUAL, List.of("a", "b", "c")));
    }

    @Test
    void longKeptRunsAreShortenedAroundTheChange() {
        WordDiff diff =
                WordDiff.of("1 2 3 4 5 6 7 8 9 old 10 11 12 13 14 15", "1 2 3 4 5 6 7 8 9 new 10 11 12 13 14 15");

        assertThat(diff.marked(2)).isEqualTo("… 8 9 [-old-]{+new+} 10 11 …");
        assertThat(WordDiff.of("1 2 x 3 4 5 6 7 8 y 9", "1 2 X 3 4 5 6 7 8 Y 9").marked(2))
                .isEqualTo("1 2 [-x-]{+X+} 3 4 … 7 8 [-y-]{+Y+} 9");
    }
}
