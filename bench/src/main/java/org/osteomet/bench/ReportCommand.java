package org.osteomet.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Turns the measurements of one bench/run.sh into the table it prints, BENCHMARKS.md and the chart. */
@Command(name = "report", description = "Print the results table and write BENCHMARKS.md and its chart.")
final class ReportCommand implements Callable<Integer> {
    static final long[] SIZES = {10_000, 100_000, 1_000_000};

    @Option(names = "--results", required = true, description = "folder with the JMH, process and check results")
    Path results;

    @Option(names = "--markdown", required = true, description = "the BENCHMARKS.md to write")
    Path markdown;

    @Option(names = "--chart", required = true, description = "the PNG chart to write")
    Path chart;

    @Option(names = "--chart-link", required = true, description = "the chart's path as BENCHMARKS.md links it")
    String chartLink;

    @Option(names = "--notes", required = true, description = "hand-written notes appended to BENCHMARKS.md")
    Path notes;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec command;

    @Override
    public Integer call() throws IOException {
        List<Path> validationFiles = new ArrayList<>();
        for (long size : SIZES) {
            validationFiles.add(results.resolve("validation-" + size + ".json"));
        }
        JmhResults validation = JmhResults.read(validationFiles);
        JmhResults export =
                JmhResults.read(List.of(results.resolve("export.json"), results.resolve("export-streaming.json")));
        Properties processes = new Properties();
        try (var in = Files.newBufferedReader(results.resolve("processes.properties"), StandardCharsets.UTF_8)) {
            processes.load(in);
        }
        List<Row> rows = rows(validation, export, processes);
        String table = table(rows);
        PrintWriter out = command.commandLine().getOut();
        out.print(table);
        Files.createDirectories(chart.toAbsolutePath().getParent());
        TimeChart.write(
                chart, "osteomet validation time against claims (" + Machine.describe() + ")", series(validation));
        Files.writeString(markdown, markdown(table), StandardCharsets.UTF_8);
        out.println("wrote " + markdown + " and " + chart);
        return rows.stream().allMatch(r -> r.met() == null || r.met()) ? 0 : 3;
    }

    /**
     * One line of the table.
     *
     * @param goal the goal number and what it measures
     * @param measured what osteomet took
     * @param reference what the reference took, or why there is none
     * @param ratio measured over reference, or a dash
     * @param target the goal, such as {@code ≤ 4×}
     * @param met whether the goal is met; {@code null} where the row was skipped or is for information
     */
    record Row(String goal, String measured, String reference, String ratio, String target, Boolean met) {}

    private List<Row> rows(JmhResults validation, JmhResults export, Properties processes) throws IOException {
        List<Row> rows = new ArrayList<>();
        String medium = processes.getProperty("medium.claims", "100000");
        double osteometMedium = number(processes, "medium.osteomet.ms");
        String mediumGoal = "1. `osteomet validate` of " + claims(Long.parseLong(medium))
                + " claims, whole process, vs ajv-cli on the same files and schemas (wall)";
        if (processes.containsKey("medium.ajv.ms")) {
            double ajv = number(processes, "medium.ajv.ms");
            rows.add(ratioRow(mediumGoal, osteometMedium, ms(osteometMedium), ajv, "ajv-cli " + ms(ajv), 1.0));
        } else {
            rows.add(new Row(
                    mediumGoal,
                    ms(osteometMedium),
                    "skipped: " + processes.getProperty("medium.ajv.skipped"),
                    "—",
                    "≤ 1.00×",
                    null));
        }
        double startup = number(processes, "startup.osteomet.ms");
        double java = number(processes, "startup.java.ms");
        rows.add(ratioRow(
                "2. `bin/osteomet validate` of the shipped content vs `java -version` (wall, median)",
                startup,
                ms(startup),
                java,
                "java -version " + ms(java),
                8));
        for (long size : SIZES) {
            double validate = validation.millis("validate", size);
            double parse = validation.millis("jacksonTreeParse", size);
            Row row = ratioRow(
                    "3. validate " + claims(size) + " claims in-process vs Jackson tree parse (JMH)",
                    validate,
                    ms(validate),
                    parse,
                    "tree parse " + ms(parse),
                    4);
            rows.add(size == SIZES[2] ? row : informational(row));
        }
        long exported = export.claims("exportAll");
        Properties bytes = new Properties();
        try (var in = Files.newBufferedReader(results.resolve("export-bytes.properties"), StandardCharsets.UTF_8)) {
            bytes.load(in);
        }
        double exportAll = export.millis("exportAll", exported);
        double streaming = export.millis("jacksonStreaming", exported);
        long exportBytes = Long.parseLong(bytes.getProperty("exportAll.bytes"));
        long streamingBytes = Long.parseLong(bytes.getProperty("jacksonStreaming.bytes"));
        double perByte = (exportAll / exportBytes) / (streaming / streamingBytes);
        rows.add(new Row(
                "4. all exports of " + claims(exported)
                        + " claims (JSON, NDJSON, CSV, FHIR R5) vs Jackson streaming, per" + " byte (JMH)",
                ms(exportAll) + " for " + mb(exportBytes) + " (" + rate(exportBytes, exportAll) + ")",
                "streaming " + ms(streaming) + " for " + mb(streamingBytes) + " (" + rate(streamingBytes, streaming)
                        + ")",
                times(perByte),
                "≤ 2.50×",
                exported == SIZES[2] && perByte <= 2.5));
        long largest = SIZES[SIZES.length - 1];
        rows.add(memoryRow(
                "4. peak RSS of `bin/osteomet build`, " + claims(largest) + " claims", processes, largest, 1536));
        double build5 = number(processes, "build.100000.ms");
        rows.add(new Row(
                "4. `bin/osteomet build` of 100,000 claims, wall", ms(build5), "—", "—", "≤ 10 s", build5 <= 10_000));
        rows.add(memoryRow("4. peak RSS of `bin/osteomet build`, 100,000 claims", processes, 100_000, 1024));
        double validateExponent =
                exponent(validation.millis("validate", SIZES[0]), validation.millis("validate", SIZES[2]));
        rows.add(exponentRow("5. scaling exponent of validate (JMH), 10⁴ → 10⁶ claims", validateExponent));
        double buildExponent =
                exponent(number(processes, "build.10000.ms"), number(processes, "build." + largest + ".ms"));
        rows.add(exponentRow(
                "5. scaling exponent of `bin/osteomet build` (whole process), 10⁴ → 10⁶ claims", buildExponent));
        double rssMiB = Long.parseLong(processes.getProperty("large.peakRssKiB")) / 1024.0;
        rows.add(new Row(
                "peak RSS of `bin/osteomet validate`, " + claims(largest) + " claims",
                String.format(Locale.ROOT, "%,.0f MiB (run took %s)", rssMiB, ms(number(processes, "large.ms"))),
                "—",
                "—",
                "≤ 1,536 MiB",
                rssMiB <= 1536));
        for (long size : SIZES) {
            String check = Files.readString(results.resolve("check-" + size + ".txt"), StandardCharsets.UTF_8)
                    .trim();
            boolean exact = check.contains("exactly the injected conflicts");
            rows.add(new Row(
                    "injected conflicts, " + claims(size) + " claims",
                    check.substring(check.indexOf(": ") + 2),
                    "—",
                    "—",
                    Corpora.CONFLICTS + " found, none false",
                    exact));
        }
        return rows;
    }

    private static Row ratioRow(
            String goal, double measured, String measuredText, double reference, String referenceText, double most) {
        double ratio = measured / reference;
        return new Row(
                goal,
                measuredText,
                referenceText,
                times(ratio),
                String.format(Locale.ROOT, "≤ %.2f×", most),
                ratio <= most);
    }

    private static Row informational(Row row) {
        return new Row(row.goal(), row.measured(), row.reference(), row.ratio(), "(goal at 10⁶)", null);
    }

    private static Row memoryRow(String goal, Properties processes, long size, double mostMiB) {
        double mib = Long.parseLong(processes.getProperty("build." + size + ".peakRssKiB")) / 1024.0;
        return new Row(
                goal,
                String.format(Locale.ROOT, "%,.0f MiB", mib),
                "—",
                "—",
                String.format(Locale.ROOT, "≤ %,.0f MiB", mostMiB),
                mib <= mostMiB);
    }

    private static Row exponentRow(String goal, double exponent) {
        return new Row(goal, String.format(Locale.ROOT, "%.3f", exponent), "—", "—", "≤ 1.05", exponent <= 1.05);
    }

    private static double exponent(double smallest, double largest) {
        return Math.log(largest / smallest) / Math.log((double) SIZES[SIZES.length - 1] / SIZES[0]);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%,.0f MB", bytes / 1e6);
    }

    private static String rate(long bytes, double millis) {
        return String.format(Locale.ROOT, "%,.0f MB/s", bytes / 1e6 / (millis / 1000));
    }

    private static List<TimeChart.Series> series(JmhResults validation) {
        List<TimeChart.Point> validate = new ArrayList<>();
        List<TimeChart.Point> parse = new ArrayList<>();
        for (long size : SIZES) {
            validate.add(new TimeChart.Point(size, validation.millis("validate", size)));
            parse.add(new TimeChart.Point(size, validation.millis("jacksonTreeParse", size)));
        }
        return List.of(
                new TimeChart.Series("osteomet validate", validate),
                new TimeChart.Series("Jackson tree parse of the same files", parse));
    }

    static String table(List<Row> rows) {
        StringBuilder table = new StringBuilder(
                "| Goal | Measured | Reference | Ratio | Target | Met |\n|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            table.append("| ")
                    .append(row.goal())
                    .append(" | ")
                    .append(row.measured())
                    .append(" | ")
                    .append(row.reference())
                    .append(" | ")
                    .append(row.ratio())
                    .append(" | ")
                    .append(row.target())
                    .append(" | ")
                    .append(row.met() == null ? "—" : row.met() ? "yes" : "**no**")
                    .append(" |\n");
        }
        return table.toString();
    }

    private String markdown(String table) throws IOException {
        return "# Benchmarks\n\n"
                + "Written by `bench/run.sh`; run it again to refresh every number, the table and the chart.\n\n"
                + "## Results\n\n" + table + "\n"
                + "![Validation time against claims, log-log](" + chartLink + ")\n\n"
                + "## Machine\n\n" + Machine.markdown() + "\n"
                + Files.readString(notes, StandardCharsets.UTF_8);
    }

    private static double number(Properties properties, String key) {
        return Double.parseDouble(properties.getProperty(key));
    }

    private static String claims(long size) {
        return String.format(Locale.ROOT, "%,d", size);
    }

    private static String ms(double millis) {
        return millis >= 10_000
                ? String.format(Locale.ROOT, "%.2f s", millis / 1000)
                : String.format(Locale.ROOT, "%,.0f ms", millis);
    }

    private static String times(double ratio) {
        return String.format(Locale.ROOT, "%.2f×", ratio);
    }
}
