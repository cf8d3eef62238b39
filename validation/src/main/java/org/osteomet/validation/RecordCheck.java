package org.osteomet.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.osteomet.content.Location;
import org.osteomet.content.internal.Located;
import org.osteomet.content.internal.ParsedFile;
import org.osteomet.content.internal.StrictJsonParser;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.Severity;

/**
 * Checks the Bean Validation constraints declared on the records (Hibernate Validator).
 *
 * <p>Messages come from the constraints' own templates through {@link ParameterMessageInterpolator}, which
 * evaluates no expressions; content text is never part of a template, so it cannot be interpolated.
 */
public final class RecordCheck implements AutoCloseable {
    private final ValidatorFactory factory;
    private final Validator validator;

    /** Builds the validator once; reuse the instance and close it when done. */
    public RecordCheck() {
        factory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    /**
     * Validates one record read from a document.
     *
     * @param record the record with where it came from; not null
     * @param file the file it came from, to locate findings; not null
     * @return the findings, as {@code record/<constraint>} errors
     */
    public List<Finding> check(Located<?> record, ParsedFile file) {
        List<Finding> findings = new ArrayList<>();
        List<ConstraintViolation<Object>> violations = new ArrayList<>(validator.validate((Object) record.value()));
        violations.sort(Comparator.comparing(v -> v.getPropertyPath().toString()));
        for (ConstraintViolation<Object> violation : violations) {
            String property = violation.getPropertyPath().toString();
            String pointer = record.pointer() + pointer(violation.getPropertyPath());
            Location at = file.locate(pointer);
            String constraint = violation
                    .getConstraintDescriptor()
                    .getAnnotation()
                    .annotationType()
                    .getSimpleName();
            findings.add(new Finding(
                    "record/" + org.osteomet.validation.rules.Rule.kebab(constraint),
                    Severity.ERROR,
                    record.file(),
                    at.line(),
                    at.column(),
                    pointer,
                    property + " " + violation.getMessage(),
                    null,
                    null));
        }
        return findings;
    }

    static String pointer(Path path) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                pointer.append('/').append(StrictJsonParser.escape(name));
            }
        }
        return pointer.toString();
    }

    @Override
    public void close() {
        factory.close();
    }
}
