package org.osteomet.cli;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.osteomet.export.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code osteomet export}: validates, then writes one format (or all) to a folder. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description =
                "Validates the content, then writes data files in one format (or all); writes nothing if there are errors.")
final class ExportCommand implements Callable<Integer> {
    /** The formats on the command line: each export format, or all of them. */
    enum Choice {
        JSON,
        NDJSON,
        CSV,
        FHIR,
        ALL
    }

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "json, ndjson, csv, fhir or all.")
    Choice format;

    @Mixin
    OutputOption output = new OutputOption();

    @Mixin
    ContentOption content = new ContentOption();

    @Mixin
    SourceAgeOption sourceAge = new SourceAgeOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Set<ExportFormat> formats = format == Choice.ALL
                ? EnumSet.allOf(ExportFormat.class)
                : EnumSet.of(ExportFormat.valueOf(format.name()));
        return Exports.run(
                content,
                output,
                formats,
                sourceAge,
                spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}
