package org.osteomet.validation.rules;

import java.util.List;
import org.osteomet.content.Location;
import org.osteomet.content.internal.Located;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.RelatedLocation;
import org.osteomet.validation.finding.Severity;

/** A consistency rule over a whole content folder; subclasses are named for the property they require. */
public abstract class Rule {
    /** For subclasses, each of which {@link RuleSpec} annotates. */
    protected Rule() {}

    /** {@return the rule's id: the kebab-case of its class name, such as {@code quote-appears-in-source}} */
    public final String id() {
        return kebab(getClass().getSimpleName());
    }

    /** {@return how much a finding of this rule matters} */
    public final Severity severity() {
        return spec().severity();
    }

    /** {@return what the rule requires, in one line} */
    public final String summary() {
        return spec().summary();
    }

    /** {@return the path of the rule's documentation page relative to the repository root} */
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

    /**
     * Returns a finding of this rule at a pointer in a file.
     *
     * @param context the run's context, which locates the pointer; not null
     * @param file path relative to the content folder; not null
     * @param pointer RFC 6901 JSON Pointer into the file; not null
     * @param message a sentence a content editor understands; not null
     * @return the located finding
     */
    protected final Finding finding(RuleContext context, String file, String pointer, String message) {
        return finding(context, file, pointer, message, null, null);
    }

    /**
     * Returns a finding of this rule with what was expected and what was found.
     *
     * @param context the run's context, which locates the pointer; not null
     * @param file path relative to the content folder; not null
     * @param pointer RFC 6901 JSON Pointer into the file; not null
     * @param message a sentence a content editor understands; not null
     * @param expected what the rule expected, or {@code null}
     * @param actual what it found, or {@code null}
     * @return the located finding
     */
    protected final Finding finding(
            RuleContext context, String file, String pointer, String message, String expected, String actual) {
        Location at = context.locate(file, pointer);
        return new Finding(id(), severity(), file, at.line(), at.column(), pointer, message, expected, actual);
    }

    /**
     * Returns a finding of this rule at a record, or at a pointer inside it.
     *
     * @param context the run's context, which locates the pointer; not null
     * @param record the record and where it came from; not null
     * @param subPointer JSON Pointer inside the record, {@code ""} for the record itself; not null
     * @param message a sentence a content editor understands; not null
     * @return the located finding
     */
    protected final Finding finding(RuleContext context, Located<?> record, String subPointer, String message) {
        return finding(context, record.file(), record.pointer() + subPointer, message);
    }

    /**
     * Returns a finding of this rule at a record, or at a pointer inside it, that involves other places too.
     *
     * @param context the run's context, which locates the pointer; not null
     * @param record the record and where it came from; not null
     * @param subPointer JSON Pointer inside the record, {@code ""} for the record itself; not null
     * @param message a sentence a content editor understands; not null
     * @param related the other places, such as the other claim of a conflict; not null
     * @return the located finding
     */
    protected final Finding finding(
            RuleContext context, Located<?> record, String subPointer, String message, List<RelatedLocation> related) {
        String pointer = record.pointer() + subPointer;
        Location at = context.locate(record.file(), pointer);
        return new Finding(
                id(), severity(), record.file(), at.line(), at.column(), pointer, message, null, null, related);
    }

    /** {@return whether the rule needs every file to have been read, because it looks across files} */
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

    /**
     * Returns the kebab-case of a Java class name: {@code QuoteAppearsInSource} becomes
     * {@code quote-appears-in-source}.
     *
     * @param className a simple class name in upper camel case; not null
     * @return the name in lower case, with a hyphen before each word after the first
     */
    public static String kebab(String className) {
        return className.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
