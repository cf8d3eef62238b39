package org.osteomet.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osteomet.core.Source;
import org.osteomet.core.constraints.DateMatchesStatement;

/**
 * Checks {@link DateMatchesStatement}: some run of four digits in {@code dateAsStated} is the year of {@code date}.
 *
 * <p>Only the year is compared: a stated "05/03/2012" may be read day-first or month-first, and a record cannot
 * tell which, but either way it is 2012.
 */
final class DateMatchesStatementValidator implements ConstraintValidator<DateMatchesStatement, Source> {
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])[0-9]{4}(?![0-9])");

    @Override
    public boolean isValid(Source source, ConstraintValidatorContext context) {
        if (source == null || source.date() == null || source.dateAsStated() == null) {
            return true;
        }
        String year = String.valueOf(source.date().getYear());
        Matcher matcher = YEAR.matcher(source.dateAsStated());
        while (matcher.find()) {
            if (matcher.group().equals(year)) {
                return true;
            }
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("date")
                .addConstraintViolation();
        return false;
    }
}
