package org.osteomet.validation.report;

import java.util.Objects;
import org.osteomet.validation.finding.Severity;

/**
 * What a SARIF report says about one kind of finding: a rule of {@code Rules.all()} or one id of a family such as
 * {@code schema/required}.
 *
 * @param id the finding's rule id
 * @param name a Pascal-case name, such as {@code QuoteAppearsInSource} or {@code SchemaRequired}
 * @param level the severity its findings have
 * @param shortDescription what it requires, in one line without a trailing period
 * @param fullDescription what it requires, in sentences
 * @param docPage the documentation page relative to the repository root, such as {@code docs/rules/schema.md}
 * @param anchor the heading anchor on that page, or {@code ""} for the page itself
 * @param helpMarkdown the documentation page's text
 */
record RuleDescriptor(
        String id,
        String name,
        Severity level,
        String shortDescription,
        String fullDescription,
        String docPage,
        String anchor,
        String helpMarkdown) {

    RuleDescriptor {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(level, "level must not be null");
        Objects.requireNonNull(shortDescription, "shortDescription must not be null");
        Objects.requireNonNull(fullDescription, "fullDescription must not be null");
        Objects.requireNonNull(docPage, "docPage must not be null");
        Objects.requireNonNull(anchor, "anchor must not be null");
        Objects.requireNonNull(helpMarkdown, "helpMarkdown must not be null");
    }

    /** Returns the Pascal-case name of a rule id: {@code schema/minLength} becomes {@code SchemaMinLength}. */
    static String pascal(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("[/-]")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part, 1, part.length());
            }
        }
        return name.toString();
    }
}
