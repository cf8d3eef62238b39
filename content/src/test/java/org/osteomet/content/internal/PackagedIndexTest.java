package org.osteomet.content.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.osteomet.content.ContentProblem;
import org.osteomet.content.Location;

/** The index the build writes lists exactly the packaged files, and the reader reports what it cannot find. */
class PackagedIndexTest {
    @Test
    void listsEveryPackagedFileSortedAndNothingElse() throws Exception {
        Path data = Path.of("data");
        List<String> files;
        try (Stream<Path> walk = Files.walk(data)) {
            files = walk.filter(Files::isRegularFile)
                    .map(file -> ContentReader.relative(data, file))
                    .sorted()
                    .toList();
        }
        String index;
        try (InputStream in = ContentReader.class.getResourceAsStream(ContentReader.PACKAGED_INDEX)) {
            index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(files)
                .contains("sources.json", "treatments/denosumab.json", "snapshots/mayo-bone-metastasis-treatments.txt");
        assertThat(index).isEqualTo(String.join("\n", files) + "\n");
    }

    @Test
    void reportsAnIndexedFileTheClasspathLacksByItsContentPath() {
        Map<String, String> resources = Map.of(
                ContentReader.PACKAGED_INDEX,
                "sources.json\ntreatments/missing.json\n",
                ContentReader.PACKAGED_ROOT + "sources.json",
                "{\"sources\": []}");

        ContentFiles files = ContentReader.readPackaged(DocumentGate.ADMIT_ALL, name -> open(resources, name));

        assertThat(files.problems())
                .containsExactly(new ContentProblem(
                        "treatments/missing.json",
                        Location.START,
                        "",
                        "io/unreadable",
                        "the packaged index lists the file but the classpath does not hold it"));
    }

    @Test
    void reportsAResourceThatFailsToReadWithoutItsMessage() {
        ContentFiles files = ContentReader.readPackaged(DocumentGate.ADMIT_ALL, name -> {
            if (name.equals(ContentReader.PACKAGED_INDEX)) {
                return new ByteArrayInputStream("sources.json\n".getBytes(StandardCharsets.UTF_8));
            }
            throw new IOException("/secret/path/app.jar is corrupt");
        });

        assertThat(files.problems())
                .extracting(ContentProblem::toString)
                .containsExactly("sources.json:1:1: [io/unreadable] cannot read the file: IOException");
    }

    @Test
    void failsClearlyWithoutTheIndex() {
        assertThatThrownBy(() -> ContentReader.readPackaged(DocumentGate.ADMIT_ALL, name -> null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(
                        "the packaged content is missing from the classpath: no org/osteomet/content/data-index.txt");
    }

    private static InputStream open(Map<String, String> resources, String name) {
        String text = resources.get(name);
        return text == null ? null : new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
