package org.osteomet.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteomet.content.ContentLoader;
import org.osteomet.core.Content;
import org.osteomet.validation.ContentValidator;
import org.osteomet.validation.finding.ValidationReport;
import org.osteomet.validation.rules.ValidationOptions;

/** The generator writes valid content with exactly the conflicts it says it injected. */
class CorpusGeneratorTest {
    static ContentValidator validator;

    @BeforeAll
    static void setUp() {
        validator = new ContentValidator(ValidationOptions.defaults());
    }

    @AfterAll
    static void tearDown() {
        validator.close();
    }

    @Test
    void writesTheAskedNumberOfClaims(@TempDir Path out) {
        GeneratedCorpus corpus = CorpusGenerator.generate(new CorpusSpec(2_345, 7, 9), out);
        Content content = ContentLoader.load(out);
        assertThat(corpus.claims()).isEqualTo(2_345);
        assertThat(content.claims()).hasSize(2_345);
        assertThat(content.concepts()).hasSize(corpus.concepts());
        assertThat(content.sources()).hasSize(corpus.sources()).hasSize(24);
    }

    @Test
    void validationReportsExactlyTheInjectedConflicts(@TempDir Path out) {
        GeneratedCorpus corpus = CorpusGenerator.generate(new CorpusSpec(3_000, 3, 40), out);
        ValidationReport report = validator.validate(out);
        InjectedConflictCheck.Result result = InjectedConflictCheck.compare(corpus.conflicts(), report);
        assertThat(result.problems()).isEmpty();
        assertThat(result.conflictFindings()).isEqualTo(40);
        assertThat(result.otherErrors()).isZero();
        assertThat(corpus.conflicts()).hasSize(40);
    }

    @Test
    void withoutInjectionsNothingIsAnError(@TempDir Path out) {
        CorpusGenerator.generate(new CorpusSpec(1_000, 5, 0), out);
        assertThat(validator.validate(out).passes(false)).isTrue();
    }

    @Test
    void theCheckNoticesAConflictThatIsNotReported(@TempDir Path out) throws IOException {
        GeneratedCorpus corpus = CorpusGenerator.generate(new CorpusSpec(1_000, 3, 3), out);
        List<InjectedConflict> claimed = List.of(
                corpus.conflicts().get(0), new InjectedConflict("drug-000001", List.of("drug-000001-schedule")));
        InjectedConflictCheck.Result result = InjectedConflictCheck.compare(claimed, validator.validate(out));
        assertThat(result.problems())
                .anyMatch(p -> p.contains("[drug-000001-schedule] was reported 0 times"))
                .anyMatch(p -> p.startsWith("false conflict:"));
    }

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedDoesNot(@TempDir Path a, @TempDir Path b, @TempDir Path c)
            throws IOException {
        CorpusGenerator.generate(new CorpusSpec(1_500, 11, 5), a);
        CorpusGenerator.generate(new CorpusSpec(1_500, 11, 5), b);
        CorpusGenerator.generate(new CorpusSpec(1_500, 12, 5), c);
        assertThat(digest(a)).isEqualTo(digest(b)).isNotEqualTo(digest(c));
    }

    @Test
    void refusesMoreConflictsThanTreatmentsCanHold(@TempDir Path out) {
        assertThatThrownBy(() -> CorpusGenerator.generate(new CorpusSpec(200, 1, 50), out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("at most 3 conflicts fit in 200 claims, not 50");
    }

    @Test
    void refusesAFolderThatIsNotEmpty(@TempDir Path out) throws IOException {
        Files.writeString(out.resolve("keep.txt"), "mine");
        assertThatThrownBy(() -> CorpusGenerator.generate(new CorpusSpec(200, 1, 0), out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("is not empty; generate into a new or empty folder");
        assertThat(out.resolve("keep.txt")).hasContent("mine");
    }

    @Test
    void theManifestRoundTrips(@TempDir Path folder) throws IOException {
        List<InjectedConflict> conflicts = List.of(
                new InjectedConflict("drug-000001", List.of("a", "b")),
                new InjectedConflict("drug-000003", List.of("c")));
        Path manifest = folder.resolve("m.conflicts");
        ConflictManifest.write(manifest, conflicts);
        assertThat(ConflictManifest.read(manifest)).isEqualTo(conflicts);
    }

    private static String digest(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                sha.update(folder.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
