package org.osteomet.cli;

import java.util.EnumSet;
import java.util.concurrent.Callable;
import org.osteomet.export.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code osteomet build}: validates, then writes every data file and the manifest; the README's main job. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description =
                "Validates the content, then writes every export and the manifest; writes nothing if there are errors.")
final class BuildCommand implements Callable<Integer> {
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
        return Exports.run(
                content,
                output,
                EnumSet.allOf(ExportFormat.class),
                sourceAge,
                spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}
