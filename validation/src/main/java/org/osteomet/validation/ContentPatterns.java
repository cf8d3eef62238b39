package org.osteomet.validation;

import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
import org.osteomet.core.Ids;

/**
 * Compiles the schemas' {@code pattern}s, matching the id pattern without a regular expression.
 *
 * <p>The id pattern is checked for every id and reference of every record, and under the JDK's engine it was a
 * twentieth of a whole validation; {@link Ids#isKebabCase} decides the same strings, a final line break refused
 * as ECMA-262 (and so JSON Schema) refuses it. Every other pattern goes to the JDK's engine.
 */
final class ContentPatterns implements RegularExpressionFactory {
    private static final RegularExpression ID = Ids::isKebabCase;

    @Override
    public RegularExpression getRegularExpression(String regex) {
        return Ids.PATTERN.equals(regex)
                ? ID
                : JDKRegularExpressionFactory.getInstance().getRegularExpression(regex);
    }
}
