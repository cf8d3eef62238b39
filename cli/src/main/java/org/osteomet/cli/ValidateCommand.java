package org.osteomet.cli;

import java.util.concurrent.Callable;
import org.osteomet.validation.finding.ValidationReport;
import org.osteomet.validation.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code osteomet validate}: checks content and reports every finding; the CI gate for content editors. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Checks content and reports every problem with file, line, column, pointer and rule.",
        footer = {
            "",
            "Exit status: 0 no errors, 1 errors found (or warnings with --strict), 2 bad usage or unreadable input."
        })
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    ValidationInput input = new ValidationInput();

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "Report format: text, json, sarif or github (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--strict", description = "Fail on warnings too.")
    boolean strict;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ValidationReport report = input.validate().report();
        spec.commandLine().getOut().print(format.render(report, input.pathPrefix()));
        if (ExitCodes.unreadableFiles(report) > 0) {
            spec.commandLine().getErr().println(ExitCodes.unreadableLine(report));
            return ExitCodes.USAGE;
        }
        return report.passes(strict) ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
