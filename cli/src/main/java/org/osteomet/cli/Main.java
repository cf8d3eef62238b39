package org.osteomet.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Starts the command line and exits with its status. */
public final class Main {
    private Main() {}

    /**
     * Runs the command line.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        // Hibernate Validator logs through jboss-logging; route it to SLF4J, which is bound to the no-op logger,
        // so that only osteomet's own messages reach the terminal.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int status = Cli.run(args, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }
}
