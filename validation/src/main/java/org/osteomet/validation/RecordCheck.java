package org.osteomet.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.osteomet.content.Location;
import org.osteomet.content.internal.Located;
import org.osteomet.content.internal.ParsedFile;
import org.osteomet.content.internal.StrictJsonParser;
import org.osteomet.core.constraints.DateMatchesStatement;
import org.osteomet.core.constraints.QualifiersFitPredicate;
import org.osteomet.core.constraints.QuoteHasWords;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.Severity;

/**
 * Checks the Bean Validation constraints declared on the records (Hibernate Validator).
 *
 * <p>The records' constructors and the JSON Schema check each field; the constraints here, from
 * {@code org.osteomet.core.constraints}, check what neither can: rules across the fields of one record. Each
 * finding is {@code record/<constraint>}, such as {@code record/qualifiers-fit-predicate}.
 *
 * <p>Messages come from the constraints' own templates through {@link ParameterMessageInterpolator}, which
 * evaluates no expressions; content text is never part of a template, so it cannot be interpolated.
 *
 * <p>Starting Hibernate Validator takes longer than reading a small content folder, so it starts on its own
 * thread when the check is created and the first record waits for it.
 */
public final class RecordCheck implements AutoCloseable {
    /** The constraints with their validators; a new constraint is one more entry and one more fixture. */
    static final Map<Class<? extends Annotation>, Supplier<ConstraintValidator<?, ?>>> CONSTRAINTS = Map.of(
            DateMatchesStatement.class, DateMatchesStatementValidator::new,
            QualifiersFitPredicate.class, QualifiersFitPredicateValidator::new,
            QuoteHasWords.class, QuoteHasWordsValidator::new);

    private final CompletableFuture<ValidatorFactory> factory;
    private final CompletableFuture<Validator> validator;

    /** Starts building the validator; reuse the instance and close it when done. */
    public RecordCheck() {
        factory = OwnThread.start("osteomet-record-check-start", RecordCheck::build);
        validator = factory.thenApply(ValidatorFactory::getValidator);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ValidatorFactory build() {
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class)
                .configure()
                .ignoreXmlConfiguration()
                .messageInterpolator(new ParameterMessageInterpolator());
        ConstraintValidatorFactory fallback = configuration.getDefaultConstraintValidatorFactory();
        ConstraintMapping mapping = configuration.createConstraintMapping();
        for (Map.Entry<Class<? extends Annotation>, Supplier<ConstraintValidator<?, ?>>> entry :
                CONSTRAINTS.entrySet()) {
            Class validator = entry.getValue().get().getClass();
            mapping.constraintDefinition((Class) entry.getKey()).validatedBy(validator);
        }
        return configuration
                .addMapping(mapping)
                .constraintValidatorFactory(new KnownValidators(fallback))
                .buildValidatorFactory();
    }

    /** Creates this package's validators without reflection, which needs neither public classes nor constructors. */
    private record KnownValidators(ConstraintValidatorFactory fallback) implements ConstraintValidatorFactory {
        @Override
        public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
            for (Supplier<ConstraintValidator<?, ?>> supplier : CONSTRAINTS.values()) {
                ConstraintValidator<?, ?> validator = supplier.get();
                if (key.isInstance(validator)) {
                    return key.cast(validator);
                }
            }
            return fallback.getInstance(key);
        }

        @Override
        public void releaseInstance(ConstraintValidator<?, ?> instance) {
            fallback.releaseInstance(instance);
        }
    }

    /**
     * Returns the rule id of each finding this check can make, such as {@code record/quote-has-words}, sorted.
     *
     * @return the rule ids, sorted
     */
    public static List<String> ruleIds() {
        return CONSTRAINTS.keySet().stream().map(RecordCheck::ruleId).sorted().toList();
    }

    private static String ruleId(Class<? extends Annotation> constraint) {
        return "record/" + org.osteomet.validation.rules.Rule.kebab(constraint.getSimpleName());
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
        List<ConstraintViolation<Object>> violations =
                new ArrayList<>(validator.join().validate((Object) record.value()));
        violations.sort(Comparator.comparing(v -> v.getPropertyPath().toString()));
        for (ConstraintViolation<Object> violation : violations) {
            String property = violation.getPropertyPath().toString();
            String pointer = record.pointer() + pointer(violation.getPropertyPath());
            Location at = file.locate(pointer);
            Class<? extends Annotation> constraint =
                    violation.getConstraintDescriptor().getAnnotation().annotationType();
            findings.add(new Finding(
                    ruleId(constraint),
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
        factory.join().close();
    }
}
