package org.osteomet.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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
import org.osteomet.content.ContentLoader;
import org.osteomet.core.Citation;
import org.osteomet.core.Claim;
import org.osteomet.core.Content;
import org.osteomet.export.ExportException;
import org.osteomet.export.ExportFormat;
import org.osteomet.export.Exporter;
import org.osteomet.export.ManifestEntry;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every export format of a generated folder's records against the floor of writing JSON with Jackson's streaming
 * generator.
 *
 * <p>The formats write several times the bytes of one JSON file, so the goal compares time per byte:
 * {@code (exportAll ms / export bytes) / (jacksonStreaming ms / its bytes)}. The trial's byte counts go to the
 * properties file named by {@code bytes}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class ExportBenchmark {
    @Param("1000000")
    int claims;

    @Param("")
    String corpora;

    @Param("")
    String bytes;

    private Content content;
    private Path scratch;
    private Path exportFolder;
    private Path jacksonFile;
    private Path streamingFile;
    private final JsonMapper mapper = JsonMapper.builder().build();

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        content = ContentLoader.load(Corpora.folder(corpora, claims));
        scratch = Files.createTempDirectory("osteomet-export-bench");
        exportFolder = scratch.resolve("export");
        jacksonFile = scratch.resolve("records.json");
        streamingFile = scratch.resolve("streaming.json");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        if (!bytes.isBlank()) {
            Properties sizes = new Properties();
            Path file = Path.of(bytes);
            if (Files.exists(file)) {
                try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    sizes.load(in);
                }
            }
            if (Files.isDirectory(exportFolder)) {
                sizes.setProperty("exportAll.bytes", Long.toString(folderBytes(exportFolder)));
            }
            if (Files.exists(streamingFile)) {
                sizes.setProperty("jacksonStreaming.bytes", Long.toString(Files.size(streamingFile)));
            }
            try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                sizes.store(out, null);
            }
        }
        Corpora.delete(scratch);
    }

    private static long folderBytes(Path folder) throws IOException {
        // The output folder is a link to its build folder, and walk does not follow a link it starts at.
        try (Stream<Path> files = Files.walk(folder.toRealPath())) {
            long total = 0;
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                total += Files.size(file);
            }
            return total;
        }
    }

    /** Writes JSON, NDJSON, CSV and FHIR R5 with their manifest, as {@code osteomet export} does. */
    @Benchmark
    public List<ManifestEntry> exportAll() throws ExportException {
        return Exporter.write(content, "bench", exportFolder, EnumSet.allOf(ExportFormat.class));
    }

    /** Writes the records once as JSON with Jackson's defaults: no ordering, checks, other formats or atomic swap. */
    @Benchmark
    public long jacksonWrite() throws IOException {
        Map<String, Object> records = new LinkedHashMap<>();
        records.put("sources", content.sources());
        records.put("concepts", content.concepts());
        records.put("claims", content.claims());
        records.put("adjudications", content.adjudications());
        try (OutputStream out = Files.newOutputStream(jacksonFile)) {
            mapper.writeValue(out, records);
        }
        return Files.size(jacksonFile);
    }

    /**
     * Writes every claim with its citations through Jackson's streaming generator, field by field into one buffered
     * file: the speed of writing JSON bytes, the reference of the per-byte export goal.
     */
    @Benchmark
    public long jacksonStreaming() throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(streamingFile), 1 << 16);
                JsonGenerator generator = mapper.createGenerator(out)) {
            generator.writeStartArray();
            for (Claim claim : content.claims()) {
                generator.writeStartObject();
                generator.writeStringProperty("id", claim.id());
                generator.writeStringProperty("subject", claim.subject());
                generator.writeStringProperty("predicate", claim.predicate().id());
                generator.writeStringProperty("object", claim.object().canonical());
                generator.writeName("citations");
                generator.writeStartArray();
                for (Citation citation : claim.citations()) {
                    generator.writeStartObject();
                    generator.writeStringProperty("source", citation.source());
                    generator.writeStringProperty("quote", citation.quote());
                    generator.writeEndObject();
                }
                generator.writeEndArray();
                generator.writeEndObject();
            }
            generator.writeEndArray();
        }
        return Files.size(streamingFile);
    }
}
