package org.osteomet.cli;

import java.util.EnumSet;
import java.util.concurrent.Callable;
import org.osteomet.export.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code osteomet build}: validates, then writes every data file, the review site and the manifest; the README's main job. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description =
                "Validates the content, then writes every export, the review site (site/) and the manifest; writes nothing if"
                        + " there are errors.")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    Exports exports = new Exports();

    @Override
    public Integer call() {
        return exports.write(EnumSet.allOf(ExportFormat.class), true);
    }
}
