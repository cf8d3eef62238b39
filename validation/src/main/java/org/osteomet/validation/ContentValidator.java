package org.osteomet.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.osteomet.content.ContentProblem;
import org.osteomet.content.internal.ContentFiles;
import org.osteomet.content.internal.ContentLayout;
import org.osteomet.content.internal.ContentReader;
import org.osteomet.content.internal.DocumentGate;
import org.osteomet.content.internal.JsonDocument;
import org.osteomet.content.internal.Located;
import org.osteomet.core.Source;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.Severity;
import org.osteomet.validation.finding.ValidationReport;
import org.osteomet.validation.rules.Rule;
import org.osteomet.validation.rules.RuleContext;
import org.osteomet.validation.rules.Rules;
import org.osteomet.validation.rules.ValidationOptions;

/**
 * Validates a content folder in four layers and collects every finding: strict parsing, JSON Schema, Bean
 * Validation of the records, and the consistency rules of {@link Rules#all()}.
 *
 * <p>Later layers skip what an earlier one already explained: a file with schema errors is not bound to records
 * at all, and rules that look across files are skipped while a file cannot be parsed or fails its schema, so one
 * mistake does not echo as many.
 *
 * <p>Example:
 *
 * <pre>{@code
 * try (ContentValidator validator = new ContentValidator(ValidationOptions.defaults())) {
 *     ValidationReport report = validator.validate(Path.of("content/data"));
 *     System.out.print(ReportFormat.TEXT.render(report, "content/data/"));
 *     if (report.passes(false)) {
 *         // no errors: the content is complete
 *     }
 * }
 * }</pre>
 */
public final class ContentValidator implements AutoCloseable {
    /** The rule id of the note that cross-file rules were skipped. */
    public static final String SKIPPED_RULE = "validation/rules-skipped";

    private final SchemaCheck schemaCheck = new SchemaCheck();
    private final RecordCheck recordCheck = new RecordCheck();
    private final ValidationOptions options;

    /**
     * Creates a validator; it compiles the schemas once, so reuse it.
     *
     * @param options the run's options; not null
     */
    public ContentValidator(ValidationOptions options) {
        this.options = options;
    }

    /**
     * Validates a content folder.
     *
     * @param folder the content folder; not null
     * @return every finding
     */
    public ValidationReport validate(Path folder) {
        return read(folder).report();
    }

    /** {@return every finding of validating the content packaged in osteomet-content} */
    public ValidationReport validatePackaged() {
        return readPackaged().report();
    }

    /**
     * Reads and validates a content folder in one pass, so that a caller can use the records it validated.
     *
     * <p>Each file is read and parsed once; its JSON tree is schema-checked before it is bound and then let go,
     * so memory holds the records, not the trees.
     *
     * @param folder the content folder; not null
     * @return the folder as read and its report
     */
    public ValidatedContent read(Path folder) {
        SchemaFindings schema = new SchemaFindings();
        ContentFiles files = ContentReader.read(folder, schema);
        return validated(files, validate(files, schema));
    }

    /**
     * Reads and validates the packaged content in one pass; see {@link #read(Path)}.
     *
     * @return the content as read and its report
     */
    public ValidatedContent readPackaged() {
        SchemaFindings schema = new SchemaFindings();
        ContentFiles files = ContentReader.readPackaged(schema);
        return validated(files, validate(files, schema));
    }

    /** Admits only documents that match their schema, collecting the findings; files arrive on several threads. */
    private final class SchemaFindings implements DocumentGate {
        private final List<Finding> findings = Collections.synchronizedList(new ArrayList<>());
        private final Set<String> failedFiles = ConcurrentHashMap.newKeySet();

        @Override
        public boolean admit(JsonDocument document, ContentLayout.FileKind kind) {
            List<Finding> found = schemaCheck.check(document, kind);
            if (found.isEmpty()) {
                return true;
            }
            failedFiles.add(document.file());
            findings.addAll(found);
            return false;
        }
    }

    private ValidationReport validate(ContentFiles files, SchemaFindings schema) {
        List<Finding> findings = new ArrayList<>(schema.findings);
        Set<String> unread = new HashSet<>(schema.failedFiles);
        for (ContentProblem problem : files.problems()) {
            if (!files.parsedFiles().containsKey(problem.file())) {
                unread.add(problem.file());
            }
            findings.add(new Finding(
                    problem.rule(),
                    Severity.ERROR,
                    problem.file(),
                    problem.location().line(),
                    problem.location().column(),
                    problem.pointer(),
                    problem.message(),
                    null,
                    null));
        }
        List<Located<?>> records = new ArrayList<>();
        records.addAll(files.sources());
        records.addAll(files.concepts());
        records.addAll(files.claims());
        records.addAll(files.adjudications());
        // Hibernate Validator is thread-safe and records are independent, so they are checked on every core.
        findings.addAll(records.parallelStream()
                .flatMap(record -> recordCheck.check(record, files.parsedFiles().get(record.file())).stream())
                .toList());
        RuleContext context = new RuleContext(files, options);
        List<String> skipped = new ArrayList<>();
        List<Rule> runnable = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            if (rule.needsCompleteContent() && !unread.isEmpty()) {
                skipped.add(rule.id());
            } else {
                runnable.add(rule);
            }
        }
        // Rules only read the content and the context, whose shared indexes are safe to build from several
        // threads, so they run on every core; their findings are joined in rule order.
        runnable.parallelStream().map(rule -> rule.check(context)).toList().forEach(findings::addAll);
        if (!skipped.isEmpty()) {
            String file = unread.stream().sorted().findFirst().orElseThrow();
            findings.add(new Finding(
                    SKIPPED_RULE,
                    Severity.INFO,
                    file,
                    1,
                    1,
                    "",
                    "rules that look across files ("
                            + String.join(", ", skipped) + ") were skipped because " + unread.size()
                            + " file(s) could not be read or do not match their schema; fix those first",
                    null,
                    null));
        }
        return new ValidationReport(findings);
    }

    private static ValidatedContent validated(ContentFiles files, ValidationReport report) {
        Map<String, String> snapshots = new TreeMap<>();
        Map<String, String> sourceAt = new HashMap<>();
        for (Located<Source> source : files.sources()) {
            String id = source.value().id();
            String text = files.snapshotText(id);
            if (text != null) {
                snapshots.put(id, text);
            }
            sourceAt.put(source.file() + '#' + source.pointer(), id);
        }
        Map<String, List<Finding>> sourceFindings = new TreeMap<>();
        for (Finding finding : report.findings()) {
            // A source's pointer is /sources/<n>, so a finding inside it starts with those two segments.
            String[] segments = finding.pointer().split("/", 4);
            if (segments.length < 4) {
                continue;
            }
            String id = sourceAt.get(finding.file() + "#/" + segments[1] + '/' + segments[2]);
            if (id != null) {
                sourceFindings.computeIfAbsent(id, k -> new ArrayList<>()).add(finding);
            }
        }
        return new ValidatedContent(files.content(), snapshots, sourceFindings, report);
    }

    @Override
    public void close() {
        recordCheck.close();
    }
}
