package org.osteomet.validation.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osteomet.validation.rules.Rule;
import org.osteomet.validation.rules.Rules;

/**
 * Every kind of finding a report can hold, described from its {@code docs/rules/} page: the rules of
 * {@link Rules#all()}, then the ids of each family page ({@code io}, {@code json}, {@code record}, {@code schema},
 * {@code validation}) in page order.
 */
final class RuleCatalog {
    /** The families of finding ids that are not rules of {@link Rules#all()}, each with its page. */
    static final List<String> FAMILIES = List.of("io", "json", "record", "schema", "validation");

    private static final List<RuleDescriptor> ALL = build();

    private RuleCatalog() {}

    /** Returns every documented kind of finding: the rules in registry order, then the families' ids. */
    static List<RuleDescriptor> all() {
        return ALL;
    }

    /**
     * Returns the descriptor of a finding id that no page documents, such as a schema keyword added since: its
     * family page's statement, or a plain description if the id belongs to no family.
     */
    static RuleDescriptor undocumented(String id, org.osteomet.validation.finding.Severity level) {
        String family = id.contains("/") ? id.substring(0, id.indexOf('/')) : "";
        DocPage page = FAMILIES.contains(family) ? DocPage.load(family) : null;
        if (page == null) {
            String text = "A finding of osteomet's " + id + " check";
            return new RuleDescriptor(id, RuleDescriptor.pascal(id), level, text, text + ".", "docs/rules", "", "");
        }
        return new RuleDescriptor(
                id,
                RuleDescriptor.pascal(id),
                level,
                "A " + family + " check: " + id,
                page.statement(),
                "docs/rules/" + family + ".md",
                "",
                page.text());
    }

    private static List<RuleDescriptor> build() {
        List<RuleDescriptor> all = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            DocPage page = DocPage.load(rule.id());
            if (page == null) {
                throw new IllegalStateException("no packaged page " + rule.docPage());
            }
            all.add(new RuleDescriptor(
                    rule.id(),
                    RuleDescriptor.pascal(rule.id()),
                    rule.severity(),
                    rule.summary(),
                    page.statement(),
                    rule.docPage(),
                    "",
                    page.text()));
        }
        for (String family : FAMILIES) {
            DocPage page = DocPage.load(family);
            if (page == null) {
                throw new IllegalStateException("no packaged page docs/rules/" + family + ".md");
            }
            for (Map.Entry<String, DocPage.Section> section : page.sections().entrySet()) {
                String id = section.getKey();
                String description = section.getValue().description();
                all.add(new RuleDescriptor(
                        id,
                        RuleDescriptor.pascal(id),
                        section.getValue().severity() == null
                                ? page.severity()
                                : section.getValue().severity(),
                        firstSentence(description),
                        description,
                        "docs/rules/" + family + ".md",
                        anchor(id),
                        page.text()));
            }
        }
        return List.copyOf(all);
    }

    // GitHub's heading anchor: lower case, punctuation other than - and _ dropped, spaces as -.
    static String anchor(String heading) {
        return heading.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9 _-]", "")
                .replace(' ', '-');
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        String sentence = end < 0 ? text : text.substring(0, end + 1);
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }
}
