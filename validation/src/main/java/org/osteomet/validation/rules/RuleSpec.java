package org.osteomet.validation.rules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osteomet.validation.finding.Severity;

/** Declares a rule's severity and one-line summary; its id is the kebab-case of the class name. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleSpec {
    /**
     * How much a finding of this rule matters.
     *
     * @return the severity
     */
    Severity severity();

    /**
     * What the rule requires, in one line without a trailing period.
     *
     * @return the summary
     */
    String summary();
}
