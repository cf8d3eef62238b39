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
        JmhResults export = JmhResults.read(List.of(results.resolve("export.json")));
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
        return rows.stream().allMatch(Row::met) ? 0 : 3;
    }

    /** One line of the table. */
    record Row(String measurement, String value, String goal, boolean met) {}

    private List<Row> rows(JmhResults validation, JmhResults export, Properties processes) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (long size : SIZES) {
            double validate = validation.millis("validate", size);
            double parse = validation.millis("jacksonTreeParse", size);
            rows.add(new Row(
                    "validate " + claims(size) + " claims",
                    ms(validate) + " (Jackson tree parse " + ms(parse) + ", " + times(validate / parse) + ")",
                    "≤ 4×",
                    validate / parse <= 4));
        }
        double exponent = Math.log(validation.millis("validate", SIZES[2]) / validation.millis("validate", SIZES[0]))
                / Math.log((double) SIZES[2] / SIZES[0]);
        rows.add(new Row(
                "scaling exponent, 10⁴ → 10⁶ claims",
                String.format(Locale.ROOT, "%.3f", exponent),
                "≤ 1.05",
                exponent <= 1.05));
        long exported = export.claims("exportAll");
        double exportAll = export.millis("exportAll", exported);
        double jackson = export.millis("jacksonWrite", exported);
        rows.add(new Row(
                "all exports of " + claims(exported) + " claims (JSON, NDJSON, CSV, FHIR R5)",
                ms(exportAll) + " (Jackson write " + ms(jackson) + ", " + times(exportAll / jackson) + ")",
                exported == SIZES[2] ? "≤ 2.5×" : "≤ 2.5× at " + claims(SIZES[2]) + " claims",
                exported == SIZES[2] && exportAll / jackson <= 2.5));
        double rssMiB = Long.parseLong(processes.getProperty("large.peakRssKiB")) / 1024.0;
        rows.add(new Row(
                "peak RSS, bin/osteomet validate on " + claims(SIZES[2]) + " claims",
                String.format(Locale.ROOT, "%,.0f MiB (run took %s)", rssMiB, ms(number(processes, "large.ms"))),
                "≤ 1,536 MiB",
                rssMiB <= 1536));
        double startup = number(processes, "startup.osteomet.ms");
        double java = number(processes, "startup.java.ms");
        rows.add(new Row(
                "bin/osteomet validate (shipped content) vs java -version",
                ms(startup) + " vs " + ms(java) + ", " + times(startup / java),
                "≤ 8×",
                startup / java <= 8));
        for (long size : SIZES) {
            String check = Files.readString(results.resolve("check-" + size + ".txt"), StandardCharsets.UTF_8)
                    .trim();
            boolean exact = check.contains("exactly the injected conflicts");
            rows.add(new Row(
                    "injected conflicts, " + claims(size) + " claims",
                    check.substring(check.indexOf(": ") + 2),
                    Corpora.CONFLICTS + " found, none false",
                    exact));
        }
        return rows;
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
        StringBuilder table = new StringBuilder("| Measurement | Result | Goal | Met |\n|---|---|---|---|\n");
        for (Row row : rows) {
            table.append("| ")
                    .append(row.measurement())
                    .append(" | ")
                    .append(row.value())
                    .append(" | ")
                    .append(row.goal())
                    .append(" | ")
                    .append(row.met() ? "yes" : "**no**")
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
