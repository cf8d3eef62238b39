package org.osteomet.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
import org.osteomet.core.Content;
import org.osteomet.export.ExportException;
import org.osteomet.export.ExportFormat;
import org.osteomet.export.Exporter;
import org.osteomet.export.ManifestEntry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every export format of a generated folder's records against the floor of writing the same records as JSON with
 * plain Jackson data binding.
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

    private Content content;
    private Path scratch;
    private Path exportFolder;
    private Path jacksonFile;
    private final JsonMapper mapper = JsonMapper.builder().build();

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        content = ContentLoader.load(Corpora.folder(corpora, claims));
        scratch = Files.createTempDirectory("osteomet-export-bench");
        exportFolder = scratch.resolve("export");
        jacksonFile = scratch.resolve("records.json");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Corpora.delete(scratch);
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
}
