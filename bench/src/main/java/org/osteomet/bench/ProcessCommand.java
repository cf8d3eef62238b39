package org.osteomet.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures whole processes: the command line's start-up against {@code java -version}; {@code validate} of a
 * medium folder against ajv-cli checking the same files against the same schemas; the peak resident memory and wall
 * time of validating a large folder; and {@code build} of every generated size.
 */
@Command(name = "processes", description = "Time bin/osteomet start-up and measure its peak memory on a large folder.")
final class ProcessCommand implements Callable<Integer> {
    @Option(names = "--osteomet", required = true, description = "the bin/osteomet script")
    Path osteomet;

    @Option(names = "--large", required = true, description = "a large generated folder to validate")
    Path large;

    @Option(names = "--medium", required = true, description = "the folder osteomet and ajv-cli both validate")
    Path medium;

    @Option(names = "--build", split = ",", description = "folders to run osteomet build on, smallest first")
    List<Path> builds = List.of();

    @Option(names = "--ajv", description = "the ajv-cli executable; without it the ajv row is skipped")
    Path ajv;

    @Option(names = "--ajv-skipped", description = "why there is no ajv-cli, for the report")
    String ajvSkipped;

    @Option(names = "--schemas", description = "the folder of the content schemas")
    Path schemas;

    @Option(names = "--definitions", description = "definitions.schema.json, which the content schemas refer to")
    Path definitions;

    @Option(names = "--runs", defaultValue = "11", description = "timed runs of each start-up command")
    int runs;

    @Option(names = "--long-runs", defaultValue = "3", description = "timed runs of each multi-second command")
    int longRuns;

    @Option(names = "--out", required = true, description = "properties file to write the measurements to")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec command;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Map<String, String> results = new TreeMap<>();
        List<String> validate = List.of(osteomet.toString(), "validate");
        List<String> javaVersion =
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version");
        results.put("startup.osteomet.ms", format(medianMillis(validate)));
        results.put("startup.java.ms", format(medianMillis(javaVersion)));
        results.put("medium.claims", claimsOf(medium));
        results.put(
                "medium.osteomet.ms",
                format(medianMillis(
                        List.of(List.of(
                                osteomet.toString(), "validate", "--content", medium.toString(), "--format", "json")),
                        longRuns,
                        1)));
        if (ajv != null) {
            results.put("medium.ajv.ms", format(medianMillis(ajvCommands(medium), longRuns, 0)));
        } else {
            results.put("medium.ajv.skipped", ajvSkipped == null ? "no ajv-cli given" : ajvSkipped);
        }
        Path scratch = Files.createTempDirectory("osteomet-bench-build");
        try {
            for (Path folder : builds) {
                String n = claimsOf(folder);
                Path out = scratch.resolve("out-" + n);
                List<String> build =
                        List.of(osteomet.toString(), "build", "--content", folder.toString(), "--out", out.toString());
                boolean large = folder.equals(builds.get(builds.size() - 1)) && builds.size() > 1;
                List<Double> times = new ArrayList<>();
                long peak = 0;
                for (int i = 0; i < (large ? 1 : longRuns); i++) {
                    Measured built = measure(build, true);
                    if (built.exit() != 0) {
                        throw new IllegalStateException("osteomet build of " + folder + " exited " + built.exit());
                    }
                    times.add(built.millis());
                    peak = Math.max(peak, built.peakRssKiB());
                }
                Collections.sort(times);
                results.put("build." + n + ".ms", format(times.get(times.size() / 2)));
                results.put("build." + n + ".peakRssKiB", Long.toString(peak));
            }
        } finally {
            Corpora.delete(scratch);
        }
        Measured run = measure(
                List.of(osteomet.toString(), "validate", "--content", large.toString(), "--format", "json"), true);
        results.put("large.exit", Integer.toString(run.exit()));
        results.put("large.ms", format(run.millis()));
        results.put("large.peakRssKiB", Long.toString(run.peakRssKiB()));
        StringBuilder text = new StringBuilder();
        results.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        Files.writeString(out, text, StandardCharsets.UTF_8);
        command.commandLine().getOut().print(text);
        command.commandLine().getOut().flush();
        return 0;
    }

    private double medianMillis(List<String> commandLine) throws IOException, InterruptedException {
        return medianMillis(List.of(commandLine), runs, -1);
    }

    /**
     * Returns the median wall time of running the commands one after another, after two untimed rounds that warm the
     * file cache.
     *
     * @param expectedExit the exit status every command must end with, or -1 for any
     */
    private static double medianMillis(List<List<String>> commandLines, int rounds, int expectedExit)
            throws IOException, InterruptedException {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < rounds + 2; i++) {
            double millis = 0;
            for (List<String> commandLine : commandLines) {
                Measured run = measure(commandLine, false);
                if (expectedExit >= 0 && run.exit() != expectedExit) {
                    throw new IllegalStateException(
                            String.join(" ", commandLine) + " exited " + run.exit() + ", not " + expectedExit);
                }
                millis += run.millis();
            }
            if (i >= 2) {
                times.add(millis);
            }
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }

    /** Returns one ajv-cli run per kind of content file, each against its schema, strict, draft 2020-12. */
    private List<List<String>> ajvCommands(Path folder) {
        List<List<String>> commands = new ArrayList<>();
        String[][] kinds = {
            {"sources.schema.json", "sources.json"},
            {"concepts.schema.json", "concepts/*.json"},
            {"treatment.schema.json", "treatments/*.json"},
            {"adjudications.schema.json", "adjudications.json"}
        };
        for (String[] kind : kinds) {
            commands.add(List.of(
                    ajv.toString(),
                    "validate",
                    "--spec=draft2020",
                    "-c",
                    "ajv-formats",
                    "-s",
                    schemas.resolve(kind[0]).toString(),
                    "-r",
                    definitions.toString(),
                    "-d",
                    folder.resolve(kind[1]).toString()));
        }
        return commands;
    }

    /** Returns the claims of a generated folder, from its name such as {@code claims-<n>}. */
    private static String claimsOf(Path folder) {
        return folder.getFileName().toString().replaceFirst("^.*-", "");
    }

    /** What one process run measured. */
    record Measured(int exit, double millis, long peakRssKiB) {}

    static Measured measure(List<String> commandLine, boolean pollMemory) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(commandLine)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        Process process = builder.start();
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        long peak = 0;
        if (pollMemory) {
            while (!process.waitFor(5, TimeUnit.MILLISECONDS)) {
                peak = Math.max(peak, highWaterMarkKiB(status));
            }
        } else {
            process.waitFor();
        }
        double millis = (System.nanoTime() - start) / 1e6;
        return new Measured(process.exitValue(), millis, peak);
    }

    /** Reads the peak resident set size the kernel has recorded for a live process, or 0 once it is gone. */
    private static long highWaterMarkKiB(Path status) {
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // The process ended between polls; its last reading stands.
        }
        return 0;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
