package org.osteomet.core.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A source's calendar {@code date} falls in a year that its {@code dateAsStated} writes out. */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface DateMatchesStatement {
    /**
     * Returns the message template.
     *
     * @return the message template
     */
    String message() default "must fall in a year that dateAsStated writes";

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
