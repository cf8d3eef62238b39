package org.osteomet.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.osteomet.validation.ContentValidator;
import org.osteomet.validation.finding.ValidationReport;
import org.osteomet.validation.rules.ValidationOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Validates a generated folder and fails unless exactly the injected conflicts are reported. */
@Command(
        name = "check",
        description = "Validate a generated folder; exit 1 unless exactly its injected conflicts are found.")
final class CheckCommand implements Callable<Integer> {
    @Option(names = "--dir", required = true, description = "the generated content folder")
    Path dir;

    @Option(names = "--manifest", required = true, description = "the conflict manifest written by generate")
    Path manifest;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec command;

    @Override
    public Integer call() throws IOException {
        List<InjectedConflict> injected = ConflictManifest.read(manifest);
        ValidationReport report;
        try (ContentValidator validator = new ContentValidator(ValidationOptions.defaults())) {
            report = validator.validate(dir);
        }
        InjectedConflictCheck.Result result = InjectedConflictCheck.compare(injected, report);
        PrintWriter out = command.commandLine().getOut();
        out.println(dir + ": " + result.summary());
        result.problems().forEach(p -> command.commandLine().getErr().println("  " + p));
        return result.problems().isEmpty() ? 0 : 1;
    }
}
