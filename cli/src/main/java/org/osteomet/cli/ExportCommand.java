package org.osteomet.cli;

import java.util.EnumSet;
import java.util.concurrent.Callable;
import org.osteomet.export.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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
    Exports exports = new Exports();

    @Override
    public Integer call() {
        return exports.write(
                format == Choice.ALL
                        ? EnumSet.allOf(ExportFormat.class)
                        : EnumSet.of(ExportFormat.valueOf(format.name())));
    }
}
