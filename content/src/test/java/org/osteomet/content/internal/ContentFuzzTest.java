package org.osteomet.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.osteomet.content.ContentProblem;
import org.osteomet.content.Location;
import tools.jackson.databind.JsonNode;

/**
 * Whatever bytes a content file holds, the parser returns a document whose every value is located inside the
 * file, or one problem located inside the input; it never crashes.
 */
class ContentFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void parsesOrReportsALocatedProblem(byte[] bytes) {
        List<String> lines = List.of(new String(bytes, StandardCharsets.UTF_8).split("\r\n|\r|\n", -1));
        try {
            JsonDocument document = StrictJsonParser.parse("f.json", bytes);
            ParsedFile locations = document.locations();
            assertThat(locations.size()).isEqualTo(count(document.root()));
            Location root = locations.location(0);
            String firstLine = lines.get(root.line() - 1);
            assertThat(firstLine.substring(0, root.column() - 1)).isBlank();
            assertThat(document.locate("")).isEqualTo(root);
            for (int i = 0; i < locations.size(); i++) {
                Location at = locations.location(i);
                assertThat(at.line()).isBetween(1, lines.size());
                assertThat(at.column()).isBetween(1, lines.get(at.line() - 1).length());
            }
        } catch (JsonReadException e) {
            ContentProblem problem = e.problem();
            assertThat(problem.rule()).startsWith("json/");
            assertThat(problem.location().line()).isBetween(1, lines.size());
            assertThat(problem.message()).isNotBlank();
        }
    }

    private static int count(JsonNode node) {
        int count = 1;
        for (JsonNode child : node.values()) {
            count += count(child);
        }
        return count;
    }
}
