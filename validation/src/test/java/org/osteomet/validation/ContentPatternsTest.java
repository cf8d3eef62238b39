package org.osteomet.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osteomet.core.Ids;

class ContentPatternsTest {
    private final ContentPatterns patterns = new ContentPatterns();
    private final RegularExpression jdkId =
            JDKRegularExpressionFactory.getInstance().getRegularExpression(Ids.PATTERN);

    @Test
    void idPatternDecidesAsTheJdkEngineOnTextsWithoutLineBreaks() {
        RegularExpression id = patterns.getRegularExpression(Ids.PATTERN);
        for (String text : List.of(
                "zoledronic-acid",
                "a",
                "9",
                "a-1-b",
                "",
                "-a",
                "a-",
                "a--b",
                "A",
                "a_b",
                "a b",
                "é",
                "x".repeat(500))) {
            assertThat(id.matches(text)).as("\"%s\"", text).isEqualTo(jdkId.matches(text));
        }
    }

    @Test
    void idPatternRefusesAFinalLineBreakAsEcmaScriptDoes() {
        assertThat(jdkId.matches("abc\n")).isFalse();
        assertThat(patterns.getRegularExpression(Ids.PATTERN).matches("abc\n")).isFalse();
    }

    @Test
    void otherPatternsGoToTheJdkEngine() {
        RegularExpression notBlank = patterns.getRegularExpression("\\S");
        assertThat(notBlank.matches("  x ")).isTrue();
        assertThat(notBlank.matches("   ")).isFalse();
    }
}
