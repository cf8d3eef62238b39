package org.osteomet.cli;

import java.io.PrintWriter;
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

/** Validates content and, only if it has no errors, writes the chosen formats; shared by export and build. */
final class Exports {
    private Exports() {}

    static int run(
            ContentOption content,
            OutputOption output,
            Set<ExportFormat> formats,
            SourceAgeOption sourceAge,
            PrintWriter out,
            PrintWriter err) {
        Path target = output.checked(content.folder());
        ValidatedContent validated = Validation.validate(content, sourceAge);
        ValidationReport report = validated.report();
        if (report.count(Severity.ERROR) > 0) {
            err.print(ReportFormat.TEXT.render(report, content.pathPrefix()));
            err.println("osteomet: nothing written: fix the errors above first");
            return ExitCodes.FINDINGS;
        }
        try {
            List<ManifestEntry> written =
                    Exporter.write(validated.files().content(), Cli.Version.version(), target, formats);
            long bytes = written.stream().mapToLong(ManifestEntry::size).sum();
            out.println("wrote " + written.size() + " files (" + bytes + " bytes) to " + output.folder);
            return ExitCodes.OK;
        } catch (ExportException e) {
            throw new UserError(e.getMessage());
        }
    }
}
