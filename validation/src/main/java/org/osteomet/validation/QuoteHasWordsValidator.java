package org.osteomet.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.osteomet.core.Citation;
import org.osteomet.core.constraints.QuoteHasWords;

/** Checks {@link QuoteHasWords}: the quote holds a character that quote matching does not read as a space. */
final class QuoteHasWordsValidator implements ConstraintValidator<QuoteHasWords, Citation> {
    @Override
    public boolean isValid(Citation citation, ConstraintValidatorContext context) {
        if (citation == null) {
            return true;
        }
        String quote = citation.quote();
        for (int i = 0; i < quote.length(); i++) {
            char c = quote.charAt(i);
            // The same test as quote matching's, so that what passes here keeps a word there.
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return true;
            }
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("quote")
                .addConstraintViolation();
        return false;
    }
}
