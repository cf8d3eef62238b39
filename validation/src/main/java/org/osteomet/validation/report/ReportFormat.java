package org.osteomet.validation.report;

import java.util.Locale;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.RelatedLocation;
import org.osteomet.validation.finding.Severity;
import org.osteomet.validation.finding.ValidationReport;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The formats a validation report can be written in. */
public enum ReportFormat {
    /** {@code file:line:col: severity [rule] pointer: message}, one finding a line, then a summary line. */
    TEXT,
    /** {@code {"findings": [...], "summary": {"errors": n, "warnings": n}}}. */
    JSON,
    /** SARIF 2.1.0, as GitHub code scanning ingests it; see {@code docs/sarif.md}. */
    SARIF,
    /** GitHub Actions workflow commands ({@code ::error file=…}), which annotate a pull request. */
    GITHUB;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    /**
     * Returns the report in this format.
     *
     * @param report the report; not null
     * @param pathPrefix prepended to every file path, such as {@code content/data/}, so paths are relative to
     *     the repository; not null, may be empty
     * @return the whole report, ending with a newline
     */
    public String render(ValidationReport report, String pathPrefix) {
        return switch (this) {
            case TEXT -> text(report, pathPrefix);
            case JSON -> json(json(report, pathPrefix));
            case SARIF -> json(Sarif.of(report, pathPrefix));
            case GITHUB -> github(report, pathPrefix);
        };
    }

    /**
     * Returns the format of a name, ignoring case.
     *
     * @param name the name, such as {@code sarif}; not null
     * @return the format
     * @throws IllegalArgumentException if no format has that name
     */
    public static ReportFormat parse(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    private static String text(ValidationReport report, String prefix) {
        StringBuilder out = new StringBuilder();
        for (Finding finding : report.findings()) {
            out.append(prefix).append(finding.toText()).append('\n');
            if (finding.expected() != null) {
                out.append("    expected: ").append(finding.expected()).append('\n');
                out.append("    actual:   ").append(finding.actual()).append('\n');
            }
            for (RelatedLocation related : finding.related()) {
                out.append("    see:      ")
                        .append(prefix)
                        .append(related.position())
                        .append(": ")
                        .append(related.message())
                        .append('\n');
            }
        }
        out.append(summary(report)).append('\n');
        return out.toString();
    }

    /**
     * Returns the one-line summary of a report, such as {@code 0 errors, 2 warnings}.
     *
     * @param report the report; not null
     * @return the summary, without a newline
     */
    public static String summary(ValidationReport report) {
        return plural(report.count(Severity.ERROR), "error") + ", " + plural(report.count(Severity.WARNING), "warning")
                + (report.count(Severity.INFO) > 0 ? ", " + plural(report.count(Severity.INFO), "note") : "");
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static ObjectNode json(ValidationReport report, String prefix) {
        ObjectNode root = NODES.objectNode();
        ArrayNode findings = root.putArray("findings");
        for (Finding finding : report.findings()) {
            ObjectNode node = findings.addObject();
            node.put("rule", finding.ruleId());
            node.put("severity", finding.severity().label());
            node.put("file", prefix + finding.file());
            node.put("line", finding.line());
            node.put("column", finding.column());
            node.put("pointer", finding.pointer());
            node.put("message", finding.message());
            if (finding.expected() != null) {
                node.put("expected", finding.expected());
                node.put("actual", finding.actual());
            }
            if (!finding.related().isEmpty()) {
                ArrayNode related = node.putArray("related");
                for (RelatedLocation location : finding.related()) {
                    related.addObject()
                            .put("file", prefix + location.file())
                            .put("line", location.line())
                            .put("column", location.column())
                            .put("pointer", location.pointer())
                            .put("message", location.message());
                }
            }
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("errors", report.count(Severity.ERROR));
        summary.put("warnings", report.count(Severity.WARNING));
        summary.put("notes", report.count(Severity.INFO));
        return root;
    }

    private static String github(ValidationReport report, String prefix) {
        StringBuilder out = new StringBuilder();
        for (Finding finding : report.findings()) {
            String command = switch (finding.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "notice";
            };
            out.append("::")
                    .append(command)
                    .append(" file=")
                    .append(escapeProperty(prefix + finding.file()))
                    .append(",line=")
                    .append(finding.line())
                    .append(",col=")
                    .append(finding.column())
                    .append(",title=")
                    .append(escapeProperty(finding.ruleId()))
                    .append("::")
                    .append(escapeData(
                            (finding.pointer().isEmpty() ? "" : finding.pointer() + ": ") + finding.message()))
                    .append('\n');
        }
        out.append(summary(report)).append('\n');
        return out.toString();
    }

    // GitHub's workflow-command escaping: data escapes %, CR, LF; properties also escape : and ,.
    private static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }

    private static String json(ObjectNode node) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return MAPPER.writer().with(printer).writeValueAsString(node) + "\n";
    }
}
