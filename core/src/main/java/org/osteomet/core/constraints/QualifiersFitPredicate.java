package org.osteomet.core.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A claim's qualifiers make sense with its predicate and subject: {@code frequency} and {@code seriousness}
 * only on claims of a harm ({@code side-effect}, {@code symptom}, {@code causes}, {@code risk-factor}), no
 * {@code route} scope on a {@code route} claim, and neither {@code population} nor {@code combinedWith} naming
 * the subject itself.
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface QualifiersFitPredicate {
    /**
     * Returns the message template of a violation that names no more precise reason.
     *
     * @return the message template
     */
    String message() default "do not fit the claim's predicate";

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
