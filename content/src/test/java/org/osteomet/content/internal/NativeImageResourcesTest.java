package org.osteomet.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The native-image resource configuration keeps every resource the packaged loader reads; GraalVM itself is not
 * on this machine, so the patterns are checked against the index instead of in a native build.
 */
class NativeImageResourcesTest {
    private static final String CONFIG = "/META-INF/native-image/org.osteomet/osteomet-content/resource-config.json";

    @Test
    void keepsTheIndexAndEveryFileItLists() throws Exception {
        List<Pattern> patterns = new ArrayList<>();
        try (InputStream in = ContentReader.class.getResourceAsStream(CONFIG)) {
            JsonNode config = JsonMapper.builder().build().readTree(in);
            config.path("resources")
                    .path("includes")
                    .forEach(include ->
                            patterns.add(Pattern.compile(include.path("pattern").stringValue())));
        }
        List<String> read = new ArrayList<>();
        read.add(ContentReader.PACKAGED_INDEX.substring(1));
        try (InputStream in = ContentReader.class.getResourceAsStream(ContentReader.PACKAGED_INDEX)) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .forEach(file -> read.add(ContentReader.PACKAGED_ROOT.substring(1) + file));
        }

        assertThat(patterns).hasSize(2);
        assertThat(read)
                .hasSizeGreaterThan(50)
                .allMatch(
                        name -> patterns.stream().anyMatch(p -> p.matcher(name).matches()));
        assertThat(patterns.stream()
                        .anyMatch(p -> p.matcher("org/osteomet/content/ContentLoader.class")
                                .matches()))
                .isFalse();
    }
}
