package org.osteomet.cli;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * Runs the commands whose classes the class-data-sharing archive made at package time should hold: the usage
 * (which builds every sub-command), {@code rules}, and last {@code validate} of the packaged content, whose report
 * and exit status the build shows, so that content with errors fails it.
 */
final class ArchiveTraining {
    private ArchiveTraining() {}

    /**
     * Runs the training commands and exits with the status of the last.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        PrintWriter discard = new PrintWriter(Writer.nullWriter());
        Cli.run(new String[] {"--help"}, discard, discard);
        Cli.run(new String[] {"validate", "--help"}, discard, discard);
        Cli.run(new String[] {"rules"}, discard, discard);
        Main.main(new String[] {"validate"});
    }
}
