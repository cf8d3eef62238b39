package org.osteomet.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code osteomet} command and its sub-commands, runnable in process with any output streams. */
@Command(
        name = "osteomet",
        mixinStandardHelpOptions = true,
        versionProvider = Cli.Version.class,
        description = "Validates osteomet content and writes its data files.",
        footer = {"", "Exit status: 0 ok, 1 content has errors, 2 bad usage or unreadable input, 3 internal error."})
public final class Cli implements Runnable {
    /** The sub-commands in the order that the usage lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            ValidateCommand.class,
            ExportCommand.class,
            BuildCommand.class,
            SiteCommand.class,
            DiffCommand.class,
            RulesCommand.class,
            StatsCommand.class);

    @Option(
            names = "--debug",
            description = "Show the stack trace of an unexpected failure.",
            scope = CommandLine.ScopeType.INHERIT)
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Runs the command line with the given arguments and streams.
     *
     * @param args the arguments
     * @param out where results go
     * @param err where errors and diagnostics go
     * @return the exit status
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Cli());
        for (Class<?> subcommand : subcommandsFor(args)) {
            commandLine.addSubcommand(subcommand);
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((e, line, parseResult) -> {
            boolean debug = parseResult.hasMatchedOption("--debug");
            if (e instanceof UserError) {
                err.println("osteomet: error: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            err.println("osteomet: internal error: " + e + " (run again with --debug for the stack trace,"
                    + " and report it)");
            if (debug) {
                e.printStackTrace(err);
            }
            return ExitCodes.INTERNAL;
        });
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            err.println("osteomet: error: " + e.getMessage());
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCodes.USAGE;
        });
        int status;
        try {
            status = commandLine.execute(args);
        } catch (RuntimeException | Error e) {
            // picocli hands Exceptions to the handler above but lets Errors (a missing class, out of memory)
            // through; users still get one line, never a trace unless they ask for it.
            err.println(
                    "osteomet: internal error: " + e + " (run again with --debug for the stack trace, and report it)");
            if (java.util.Arrays.asList(args).contains("--debug")) {
                e.printStackTrace(err);
            }
            status = ExitCodes.INTERNAL;
        }
        out.flush();
        err.flush();
        return status;
    }

    /**
     * Returns the sub-commands that picocli must know to run the given arguments: only the one named, when the
     * arguments start with a sub-command's name (after any {@code --debug}), which spares building the others'
     * models from their annotations at start-up; otherwise all, for the usage and for the message about
     * an unknown command.
     */
    static List<Class<?>> subcommandsFor(String[] args) {
        for (String arg : args) {
            if (arg.equals("--debug")) {
                continue;
            }
            for (Class<?> subcommand : SUBCOMMANDS) {
                if (subcommand.getAnnotation(Command.class).name().equals(arg)) {
                    return List.of(subcommand);
                }
            }
            break;
        }
        return SUBCOMMANDS;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reads the version written into the jar at build time. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"osteomet " + version()};
        }

        static String version() {
            try (InputStream in = Cli.class.getResourceAsStream("version.properties")) {
                Properties properties = new Properties();
                if (in != null) {
                    properties.load(in);
                }
                return properties.getProperty("version", "unknown");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
