package org.osteomet.core.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A citation's quote keeps a visible character once quotes are matched: white space of every kind counts as
 * nothing there, so a quote of non-breaking spaces would match every snapshot.
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface QuoteHasWords {
    /**
     * Returns the message template.
     *
     * @return the message template
     */
    String message() default "must hold a visible character: a quote of spaces alone matches every snapshot";

    /**
     * Returns the validation groups.
     *
     * @return the validation groups
     */
    Class<?>[] groups() default {};

    /**
     * Returns the payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
