package org.osteomet.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * The result of one in-process run of the command line.
 *
 * @param status the exit status
 * @param out what went to standard output
 * @param err what went to standard error
 */
record CliRun(int status, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(status, out.toString(), err.toString());
    }
}
