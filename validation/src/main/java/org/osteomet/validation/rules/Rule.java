package org.osteomet.validation.rules;

import java.util.List;
import org.osteomet.content.Location;
import org.osteomet.content.internal.Located;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.RelatedLocation;
import org.osteomet.validation.finding.Severity;

/** A consistency rule over a whole content folder; subclasses are named for the property they require. */
public abstract class Rule {

    /** Returns the rule's id: the kebab-case of its class name, such as {@code quote-appears-in-source}. */
    public final String id() {
        return kebab(getClass().getSimpleName());
    }

    /** Returns how much a finding of this rule matters. */
    public final Severity severity() {
        return spec().severity();
    }

    /** Returns what the rule requires, in one line. */
    public final String summary() {
        return spec().summary();
    }

    /** Returns the path of the rule's documentation page relative to the repository root. */
    public final String docPage() {
        return "docs/rules/" + id() + ".md";
    }

    /**
     * Checks the content and returns what breaks the rule.
     *
     * @param context the content with where each record came from; not null
     * @return the findings, empty if the content keeps the rule
     */
    public abstract List<Finding> check(RuleContext context);

    /** Returns a finding of this rule at the pointer in the file. */
    protected final Finding finding(RuleContext context, String file, String pointer, String message) {
        return finding(context, file, pointer, message, null, null);
    }

    /** Returns a finding of this rule with what was expected and what was found. */
    protected final Finding finding(
            RuleContext context, String file, String pointer, String message, String expected, String actual) {
        Location at = context.locate(file, pointer);
        return new Finding(id(), severity(), file, at.line(), at.column(), pointer, message, expected, actual);
    }

    /** Returns a finding of this rule at a record, or at a pointer inside it. */
    protected final Finding finding(RuleContext context, Located<?> record, String subPointer, String message) {
        return finding(context, record.file(), record.pointer() + subPointer, message);
    }

    /** Returns a finding of this rule at a record, or at a pointer inside it, that involves other places too. */
    protected final Finding finding(
            RuleContext context, Located<?> record, String subPointer, String message, List<RelatedLocation> related) {
        String pointer = record.pointer() + subPointer;
        Location at = context.locate(record.file(), pointer);
        return new Finding(
                id(), severity(), record.file(), at.line(), at.column(), pointer, message, null, null, related);
    }

    /** Returns whether the rule needs every file to have been read, because it looks across files. */
    public boolean needsCompleteContent() {
        return false;
    }

    private RuleSpec spec() {
        RuleSpec spec = getClass().getAnnotation(RuleSpec.class);
        if (spec == null) {
            throw new IllegalStateException(getClass().getName() + " lacks @RuleSpec");
        }
        return spec;
    }

    /** Returns the kebab-case of a Java class name: {@code QuoteAppearsInSource} becomes {@code quote-appears-in-source}. */
    public static String kebab(String className) {
        return className.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
