package org.osteomet.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.osteomet.export.ExportException;
import org.osteomet.export.ExportFormat;
import org.osteomet.export.Exporter;
import org.osteomet.export.ManifestEntry;
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
            List<ManifestEntry> written = Exporter.write(validated.content(), Cli.Version.version(), target, formats);
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
