package org.osteomet.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Whatever bytes a content file holds, the parser returns a document or one located problem, never crashes. */
class ContentFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void parsesOrReportsALocatedProblem(byte[] bytes) {
        try {
            JsonDocument document = StrictJsonParser.parse("f.json", bytes);
            assertThat(document.locate("")).isNotNull();
        } catch (JsonReadException e) {
            ContentProblem problem = e.problem();
            assertThat(problem.rule()).startsWith("json/");
            assertThat(problem.location().line()).isPositive();
            assertThat(problem.message()).isNotBlank();
        }
    }
}
