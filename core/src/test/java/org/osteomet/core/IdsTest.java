package org.osteomet.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class IdsTest {
    @Test
    void idCheckAcceptsExactlyTheSchemasPattern() throws IOException {
        Pattern kebabCase = Pattern.compile(idPattern());
        List<String> texts = new ArrayList<>(List.of(""));
        for (int length = 1; length <= 5; length++) {
            List<String> longer = new ArrayList<>();
            for (String text : texts) {
                for (char c : new char[] {'a', 'z', '0', '9', '-', 'A', '_', ' ', 'é'}) {
                    longer.add(text + c);
                }
            }
            for (String text : longer) {
                assertThat(Ids.isKebabCase(text))
                        .as("\"%s\"", text)
                        .isEqualTo(kebabCase.matcher(text).matches());
            }
            texts = longer;
        }
    }

    // The pattern of $defs/id in the shared definitions, the one statement of the id language.
    private static String idPattern() throws IOException {
        try (InputStream in = IdsTest.class.getResourceAsStream("/org/osteomet/core/schema/definitions.schema.json")) {
            String schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher id = Pattern.compile("\"id\": \\{\\s*\"type\": \"string\",\\s*\"pattern\": \"([^\"]+)\"")
                    .matcher(schema);
            assertThat(id.find()).as("$defs/id has a pattern").isTrue();
            return id.group(1);
        }
    }

    @Test
    void patternIsTheSchemasPattern() throws IOException {
        assertThat(Ids.PATTERN).isEqualTo(idPattern());
    }

    @Test
    void idCheckRefusesEmptyText() {
        assertThat(Ids.isKebabCase("")).isFalse();
    }
}
