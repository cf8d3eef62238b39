package org.osteomet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.osteomet.validation.ContentValidator;
import org.osteomet.validation.finding.ValidationReport;
import org.osteomet.validation.rules.ValidationOptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Full validation of a generated folder (read, strict parse, schema, records, every rule) against the floor of
 * reading the same JSON files into Jackson trees.
 *
 * <p>Each operation is one whole run over the folder, so single-shot time is the honest mode: a run at 10⁶
 * claims takes seconds, and repeating it in a loop would measure the same thing with less control.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class ValidationBenchmark {
    @Param({"10000", "100000", "1000000"})
    int claims;

    @Param("")
    String corpora;

    private Path folder;
    private ContentValidator validator;
    private final JsonMapper mapper = JsonMapper.builder().build();

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        folder = Corpora.folder(corpora, claims);
        validator = new ContentValidator(ValidationOptions.defaults());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        validator.close();
        if (corpora.isBlank()) {
            Corpora.delete(folder.getParent());
        }
    }

    /** Validates the folder as {@code osteomet validate} does, with the validator built once. */
    @Benchmark
    public ValidationReport validate() {
        return validator.validate(folder);
    }

    /** Lists the folder and reads every JSON file into a Jackson tree: the least any validation must do. */
    @Benchmark
    public long jacksonTreeParse() throws IOException {
        List<Path> jsonFiles;
        try (Stream<Path> files = Files.walk(folder)) {
            jsonFiles =
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        long nodes = 0;
        for (Path file : jsonFiles) {
            JsonNode root = mapper.readTree(Files.readAllBytes(file));
            nodes += root.size();
        }
        return nodes;
    }
}
