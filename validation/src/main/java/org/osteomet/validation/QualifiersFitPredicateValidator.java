package org.osteomet.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.EnumSet;
import java.util.Set;
import org.osteomet.core.Claim;
import org.osteomet.core.ClaimPredicate;
import org.osteomet.core.Qualifiers;
import org.osteomet.core.Qualifiers.Field;
import org.osteomet.core.constraints.QualifiersFitPredicate;

/** Checks {@link QualifiersFitPredicate}, one violation per qualifier that does not fit. */
final class QualifiersFitPredicateValidator implements ConstraintValidator<QualifiersFitPredicate, Claim> {
    private static final Set<ClaimPredicate> HARMS = EnumSet.of(
            ClaimPredicate.SIDE_EFFECT, ClaimPredicate.SYMPTOM, ClaimPredicate.CAUSES, ClaimPredicate.RISK_FACTOR);
    private static final String ONLY_ON_HARMS =
            "belongs only to claims of a harm: side-effect, symptom, causes or risk-factor";

    @Override
    public boolean isValid(Claim claim, ConstraintValidatorContext context) {
        if (claim == null) {
            return true;
        }
        Qualifiers qualifiers = claim.qualifiers();
        boolean valid = true;
        if (!HARMS.contains(claim.predicate())) {
            valid &= absent(qualifiers, Field.FREQUENCY, ONLY_ON_HARMS, context);
            valid &= absent(qualifiers, Field.SERIOUSNESS, ONLY_ON_HARMS, context);
        }
        if (claim.predicate() == ClaimPredicate.ROUTE) {
            valid &= absent(qualifiers, Field.ROUTE, "cannot scope a route claim: the route is its object", context);
        }
        valid &= notSubject(claim, Field.POPULATION, "must name another concept than the claim's subject", context);
        valid &=
                notSubject(claim, Field.COMBINED_WITH, "must name another treatment than the claim's subject", context);
        return valid;
    }

    private static boolean absent(
            Qualifiers qualifiers, Field field, String message, ConstraintValidatorContext context) {
        if (qualifiers.value(field).isEmpty()) {
            return true;
        }
        return violation(field, message, context);
    }

    private static boolean notSubject(Claim claim, Field field, String message, ConstraintValidatorContext context) {
        if (!claim.qualifiers().value(field).map(claim.subject()::equals).orElse(false)) {
            return true;
        }
        return violation(field, message, context);
    }

    // Templates are fixed strings: no content text reaches the interpolator.
    private static boolean violation(Field field, String message, ConstraintValidatorContext context) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message)
                .addPropertyNode("qualifiers")
                .addPropertyNode(field.wireName())
                .addConstraintViolation();
        return false;
    }
}
