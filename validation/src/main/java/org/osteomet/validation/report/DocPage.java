package org.osteomet.validation.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osteomet.validation.finding.Severity;

/**
 * A page of {@code docs/rules/}, packaged with this module: its severity, its opening statement and, on a family
 * page, one section per finding id headed {@code ## `id`}.
 */
final class DocPage {
    private final String text;
    private final Severity severity;
    private final String statement;
    private final Map<String, Section> sections;

    /** One id's section of a family page. */
    record Section(Severity severity, String description) {}

    private DocPage(String text) {
        this.text = text;
        List<List<String>> blocks = blocks(text);
        Severity pageSeverity = null;
        String pageStatement = null;
        Map<String, Section> found = new LinkedHashMap<>();
        String heading = null;
        Severity sectionSeverity = null;
        for (List<String> block : blocks) {
            String first = block.get(0);
            if (first.startsWith("#")) {
                heading =
                        first.startsWith("## `") && first.endsWith("`") ? first.substring(4, first.length() - 1) : null;
                sectionSeverity = null;
            } else if (first.startsWith("**Severity:**")) {
                Severity stated = Severity.valueOf(
                        first.substring("**Severity:**".length()).strip().toUpperCase(Locale.ROOT));
                if (heading == null && pageSeverity == null) {
                    pageSeverity = stated;
                } else {
                    sectionSeverity = stated;
                }
            } else if (heading != null && !found.containsKey(heading)) {
                found.put(heading, new Section(sectionSeverity, String.join(" ", block)));
            } else if (pageStatement == null && pageSeverity != null) {
                pageStatement = String.join(" ", block);
            }
        }
        if (pageSeverity == null || pageStatement == null) {
            throw new IllegalStateException("a rule page needs a **Severity:** line and a statement after it");
        }
        this.severity = pageSeverity;
        this.statement = pageStatement;
        this.sections = found;
    }

    /** Returns the packaged page {@code docs/rules/<name>.md}, or {@code null} if there is none. */
    static DocPage load(String name) {
        try (InputStream in = DocPage.class.getResourceAsStream("rules/" + name + ".md")) {
            return in == null ? null : new DocPage(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text() {
        return text;
    }

    Severity severity() {
        return severity;
    }

    /** Returns the paragraph after the severity line, its lines joined. */
    String statement() {
        return statement;
    }

    /** Returns the sections headed {@code ## `id`}, in page order. */
    Map<String, Section> sections() {
        return sections;
    }

    // Paragraphs, headings and fenced code, each as its lines; a heading is a block of its own.
    private static List<List<String>> blocks(String text) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        boolean fenced = false;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            if (line.isBlank() || line.startsWith("#")) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
                if (line.startsWith("#")) {
                    blocks.add(List.of(line.strip()));
                }
            } else {
                current.add(line.strip());
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }
}
