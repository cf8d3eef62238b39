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
 * Measures whole processes: the command line's start-up against {@code java -version}, and the peak resident
 * memory and wall time of validating a large folder with it.
 */
@Command(name = "processes", description = "Time bin/osteomet start-up and measure its peak memory on a large folder.")
final class ProcessCommand implements Callable<Integer> {
    @Option(names = "--osteomet", required = true, description = "the bin/osteomet script")
    Path osteomet;

    @Option(names = "--large", required = true, description = "a large generated folder to validate")
    Path large;

    @Option(names = "--runs", defaultValue = "11", description = "timed runs of each start-up command")
    int runs;

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
        Measured run = measure(
                List.of(osteomet.toString(), "validate", "--content", large.toString(), "--format", "json"), true);
        results.put("large.exit", Integer.toString(run.exit()));
        results.put("large.ms", format(run.millis()));
        results.put("large.peakRssKiB", Long.toString(run.peakRssKiB()));
        StringBuilder text = new StringBuilder();
        results.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        Files.writeString(out, text, StandardCharsets.UTF_8);
        command.commandLine().getOut().print(text);
        return 0;
    }

    private double medianMillis(List<String> commandLine) throws IOException, InterruptedException {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs + 2; i++) {
            Measured run = measure(commandLine, false);
            if (i >= 2) { // the first two runs warm the file cache
                times.add(run.millis());
            }
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
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
