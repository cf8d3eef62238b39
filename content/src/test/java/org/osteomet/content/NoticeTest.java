package org.osteomet.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osteomet.core.Source;

/** NOTICE names every source article of the packaged content, with its publisher and date, and nothing else. */
class NoticeTest {
    private static final Path NOTICE = Path.of("").toAbsolutePath().getParent().resolve("NOTICE");

    @Test
    void listsExactlyTheSourcesOfSourcesJson() throws IOException {
        List<String> expected =
                ContentLoader.load().sources().stream().map(NoticeTest::entry).toList();

        assertThat(entries(Files.readString(NOTICE, StandardCharsets.UTF_8))).containsExactlyElementsOf(expected);
    }

    @Test
    void saysTheSnapshotsAreKeptOnlyToVerifyQuotes() throws IOException {
        String notice = Files.readString(NOTICE, StandardCharsets.UTF_8).replaceAll("\\s+", " ");

        assertThat(notice)
                .contains("They are not covered by the Apache License")
                .contains("They are kept, and shipped in the osteomet-content jar, only to verify quotes");
    }

    @Test
    void isPackagedInTheContentJar() throws IOException {
        String root = Files.readString(NOTICE, StandardCharsets.UTF_8);
        List<String> packaged = new ArrayList<>();
        for (URL url : Collections.list(getClass().getClassLoader().getResources("META-INF/NOTICE"))) {
            try (InputStream in = url.openStream()) {
                packaged.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }

        assertThat(packaged).contains(root);
    }

    /** The list item NOTICE must hold for a source, whitespace collapsed. */
    private static String entry(Source source) {
        String date = source.dateAsStated() == null
                ? "date not stated"
                : "dated \"" + source.dateAsStated() + "\" (" + source.date() + ")";
        return source.id() + ": \"" + source.title() + "\", " + source.publisher() + ", " + date
                + ". Snapshot: content/data/" + source.snapshot();
    }

    /** The "- " items of the source list, each with its wrapped lines joined by one space. */
    private static List<String> entries(String notice) {
        List<String> entries = new ArrayList<>();
        StringBuilder current = null;
        for (String line : notice.split("\n", -1)) {
            if (line.startsWith("- ")) {
                if (current != null) {
                    entries.add(current.toString());
                }
                current = new StringBuilder(line.substring(2).strip());
            } else if (current != null && line.startsWith("  ") && !line.isBlank()) {
                current.append(' ').append(line.strip());
            } else if (current != null) {
                entries.add(current.toString());
                current = null;
            }
        }
        if (current != null) {
            entries.add(current.toString());
        }
        return entries;
    }
}
