package org.osteomet.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The bench jar's command line: generate corpora, check them, run JMH, measure processes and write the report. */
@Command(
        name = "osteomet-bench",
        mixinStandardHelpOptions = true,
        subcommands = {BenchMain.Generate.class, CheckCommand.class, ProcessCommand.class, ReportCommand.class},
        description = {
            "Benchmarks for osteomet; bench/run.sh runs them all.",
            "osteomet-bench jmh [JMH arguments] runs the JMH benchmarks in this jar (try: jmh -h)."
        })
public final class BenchMain {
    private BenchMain() {}

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) throws java.io.IOException {
        if (args.length > 0 && args[0].equals("jmh")) {
            // JMH parses its own options, which picocli would take for unknown ones of this command.
            org.openjdk.jmh.Main.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        // As in the command line: Hibernate Validator's start-up banner goes to the no-op SLF4J logger.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        System.setProperty("java.awt.headless", "true");
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine line = new CommandLine(new BenchMain());
        line.setOut(out);
        line.setErr(err);
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof IllegalArgumentException || e instanceof java.io.UncheckedIOException) {
                err.println("osteomet-bench: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return line.execute(args);
    }

    /** Writes a synthetic content folder. */
    @Command(name = "generate", description = "Write a valid content folder with N claims and K injected conflicts.")
    static final class Generate implements Callable<Integer> {
        @Option(names = "--claims", required = true, description = "number of claims (at least 100)")
        int claims;

        @Option(names = "--out", required = true, description = "new or empty folder to write")
        Path out;

        @Option(names = "--seed", defaultValue = "1", description = "seed; the same seed writes the same bytes")
        long seed;

        @Option(names = "--conflicts", defaultValue = "0", description = "number of real conflicts to inject")
        int conflicts;

        @Option(names = "--manifest", description = "file to list the injected conflicts in, for check")
        Path manifest;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec command;

        @Override
        public Integer call() throws java.io.IOException {
            GeneratedCorpus corpus = CorpusGenerator.generate(new CorpusSpec(claims, seed, conflicts), out);
            if (manifest != null) {
                ConflictManifest.write(manifest, corpus.conflicts());
            }
            command.commandLine()
                    .getOut()
                    .printf(
                            "wrote %s: %d claims, %d concepts, %d sources, %d injected conflicts%n",
                            out,
                            corpus.claims(),
                            corpus.concepts(),
                            corpus.sources(),
                            corpus.conflicts().size());
            return 0;
        }
    }
}
