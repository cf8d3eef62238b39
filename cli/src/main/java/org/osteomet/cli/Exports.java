package org.osteomet.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.osteomet.export.ExportException;
import org.osteomet.export.ExportFormat;
import org.osteomet.export.Exporter;
import org.osteomet.export.ManifestEntry;
import org.osteomet.export.ReviewSite;
import org.osteomet.validation.ValidatedContent;
import org.osteomet.validation.finding.Severity;
import org.osteomet.validation.finding.ValidationReport;
import org.osteomet.validation.report.ReportFormat;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The options of export and build, and their run: validate, then write the chosen formats only if no errors. */
final class Exports {
    @Mixin
    OutputOption output = new OutputOption();

    @Mixin
    ValidationInput input = new ValidationInput();

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** Validates the content and, if it has no errors, writes the formats; returns the exit status. */
    int write(Set<ExportFormat> formats) {
        return write(formats, false);
    }

    /**
     * Validates the content and, if it has no errors, writes the formats and, if asked, the review site under
     * {@code site/}; returns the exit status.
     */
    int write(Set<ExportFormat> formats, boolean withSite) {
        return run((validated, target) -> Exporter.write(
                validated.content(),
                validated.quotePlaces(),
                Cli.Version.version(),
                target,
                formats,
                withSite ? site(validated) : null));
    }

    /** Validates the content and, if it has no errors, writes the review site alone; returns the exit status. */
    int writeSite() {
        return run((validated, target) ->
                site(validated).write(validated.content(), validated.quotePlaces(), Cli.Version.version(), target));
    }

    /** Writes the output of validated content into the checked target folder. */
    private interface Writer {
        List<ManifestEntry> write(ValidatedContent validated, Path target) throws ExportException;
    }

    /** Returns the site with each source's source-is-recent warning beside it. */
    private static ReviewSite site(ValidatedContent validated) {
        Map<String, String> warnings = new TreeMap<>();
        validated
                .sourceFindings()
                .forEach((source, findings) -> findings.stream()
                        .filter(finding -> finding.ruleId().equals("source-is-recent"))
                        .findFirst()
                        .ifPresent(finding -> warnings.put(source, finding.message())));
        return new ReviewSite(warnings);
    }

    private int run(Writer writer) {
        Path target = output.checked(input.folder());
        ValidatedContent validated = input.validate();
        ValidationReport report = validated.report();
        if (report.count(Severity.ERROR) > 0) {
            spec.commandLine().getErr().print(ReportFormat.TEXT.render(report, input.pathPrefix()));
            if (ExitCodes.unreadableFiles(report) > 0) {
                spec.commandLine().getErr().println(ExitCodes.unreadableLine(report));
            }
            spec.commandLine().getErr().println("osteomet: nothing written: fix the errors above first");
            return ExitCodes.forErrors(report);
        }
        try {
            List<ManifestEntry> written = writer.write(validated, target);
            long bytes = written.stream().mapToLong(ManifestEntry::size).sum();
            spec.commandLine()
                    .getOut()
                    .println("wrote " + written.size() + " files (" + bytes + " bytes) to " + output.folder);
            return ExitCodes.OK;
        } catch (ExportException e) {
            throw new UserError(e.getMessage());
        }
    }
}
