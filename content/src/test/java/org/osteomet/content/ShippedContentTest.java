package org.osteomet.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.osteomet.core.Citation;
import org.osteomet.core.Claim;
import org.osteomet.core.ConceptKind;
import org.osteomet.core.Content;
import org.osteomet.core.Predicate;
import org.osteomet.core.Source;

/** The packaged content: loads cleanly, quotes are verbatim, snapshots are the seeds, and it answers real questions. */
class ShippedContentTest {
    static final Content CONTENT = ContentLoader.load();
    static final ContentFiles FILES = ContentLoader.readPackaged();
    static final Path SEEDS = Path.of("../../shared/seeds");
    static final Map<String, String> SEED_FILES = Map.of(
            "webmd-treating-bone-metastasis", "000_c2185b8c07090c27.txt",
            "acs-bone-metastasis-2012", "001_b29d46fb6c1ecc11.txt",
            "webmd-bone-metastasis-what-happens", "002_63c3e53110d4ccc9.txt",
            "mayo-bone-metastasis-treatments", "003_1a70f2e5f8a98033.txt",
            "bone-cancer-secondary-treatment", "004_cd1af79356f63156.txt");

    @Test
    void readsEachFileOnceAndLocatesFromThatOneParse() throws Exception {
        Path folder = Path.of(ContentLoader.class
                        .getResource(ContentLoader.PACKAGED_ROOT + ContentLayout.SOURCES)
                        .toURI())
                .getParent();
        Map<Path, Integer> reads = new ConcurrentHashMap<>();
        AtomicInteger parsed = new AtomicInteger();
        ContentFiles files = ContentLoader.read(folder, (document, kind) -> parsed.incrementAndGet() > 0, path -> {
            reads.merge(path, 1, Integer::sum);
            return Files.readAllBytes(path);
        });
        for (Located<Claim> claim : files.claims()) {
            Location quote = files.parsedFiles().get(claim.file()).locate(claim.pointer() + "/citations/0/quote");
            assertThat(quote.line()).isGreaterThan(1);
        }
        try (var walk = Files.walk(folder)) {
            assertThat(reads.keySet())
                    .containsExactlyInAnyOrderElementsOf(
                            walk.filter(Files::isRegularFile).toList());
        }
        assertThat(reads.values()).containsOnly(1);
        assertThat(parsed).hasValue(files.parsedFiles().size());
    }

    @Test
    void loadsWithoutProblems() {
        assertThat(FILES.problems()).isEmpty();
        assertThat(FILES.unexpectedFiles()).isEmpty();
        assertThat(CONTENT.sources()).hasSize(5);
        assertThat(CONTENT.claims()).hasSizeGreaterThan(450);
    }

    @Test
    void everyQuoteIsVerbatimInItsSnapshot() {
        for (Claim claim : CONTENT.claims()) {
            for (Citation citation : claim.citations()) {
                assertThat(FILES.snapshotText(citation.source()))
                        .as("claim %s cites %s", claim.id(), citation.source())
                        .contains(citation.quote());
                assertThat(citation.quote().length()).as(claim.id()).isLessThanOrEqualTo(300);
            }
        }
    }

    @Test
    void snapshotsAreByteIdenticalToTheSeedsAndMatchTheirHashes() throws IOException, NoSuchAlgorithmException {
        for (Source source : CONTENT.sources()) {
            byte[] snapshot = FILES.snapshots().get(source.id());
            assertThat(snapshot)
                    .as(source.id())
                    .isEqualTo(Files.readAllBytes(SEEDS.resolve(SEED_FILES.get(source.id()))));
            assertThat(HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(snapshot)))
                    .isEqualTo(source.sha256());
        }
    }

    @Test
    void everySourceIsCitedAndNoneInventsAUrl() {
        for (Source source : CONTENT.sources()) {
            assertThat(CONTENT.claimsCiting(source.id())).as(source.id()).isNotEmpty();
            assertThat(source.toString()).doesNotContain("http");
        }
    }

    @Test
    void sideEffectsOfDenosumabIncludeOsteonecrosisOfTheJawAndLowCalcium() {
        assertThat(CONTENT.claimsAbout("denosumab", Predicate.SIDE_EFFECT))
                .extracting(Claim::objectConcept)
                .contains("osteonecrosis-of-the-jaw", "low-calcium-levels", "nausea", "diarrhea");
        assertThat(CONTENT.concept("denosumab").orElseThrow().brandNames()).containsExactly("Xgeva");
    }

    @Test
    void bisphosphonatesButNotDenosumabAreContraindicatedWithPoorKidneyFunction() {
        assertThat(CONTENT.claimsWithObject(Predicate.CONTRAINDICATED_IN, "kidney-problems"))
                .extracting(Claim::subject)
                .contains("bisphosphonates")
                .doesNotContain("denosumab");
        assertThat(CONTENT.claimsWithObject(Predicate.SAFE_IN, "kidney-problems"))
                .extracting(Claim::subject)
                .containsExactly("denosumab");
    }

    @Test
    void radiopharmaceuticalsWorkBetterForBlasticAndBisphosphonatesForLyticMetastases() {
        assertThat(CONTENT.claimsWithObject(Predicate.WORKS_BETTER_FOR, "blastic-metastases"))
                .extracting(Claim::subject)
                .contains("radiopharmaceuticals");
        assertThat(CONTENT.claimsWithObject(Predicate.WORKS_BETTER_FOR, "lytic-metastases"))
                .extracting(Claim::subject)
                .contains("bisphosphonates");
        assertThat(CONTENT.claimsWithObject(Predicate.WORKS_LESS_WELL_FOR, "blastic-metastases"))
                .extracting(Claim::subject)
                .contains("bisphosphonates");
    }

    @Test
    void sourcesSupportingAClaimAreItsCitations() {
        Claim onj = CONTENT.claimsAbout("bisphosphonates", Predicate.SIDE_EFFECT).stream()
                .filter(c -> "osteonecrosis-of-the-jaw".equals(c.objectConcept()))
                .filter(c -> c.citations().size() > 1)
                .findFirst()
                .orElseThrow();
        assertThat(onj.citations()).extracting(Citation::source).contains("acs-bone-metastasis-2012");
        assertThat(CONTENT.claimsCiting("acs-bone-metastasis-2012")).contains(onj);
    }

    @Test
    void zoledronateInheritsTheSideEffectsOfBisphosphonates() {
        assertThat(CONTENT.classesOf("zoledronate")).contains("bisphosphonates");
        assertThat(CONTENT.claimsAboutIncludingClasses("zoledronate", Predicate.SIDE_EFFECT))
                .extracting(Claim::objectConcept)
                .contains("osteonecrosis-of-the-jaw", "fever");
    }

    @Test
    void conceptKindsAreAllRepresented() {
        for (ConceptKind kind : ConceptKind.values()) {
            assertThat(CONTENT.conceptsOfKind(kind)).as(kind.name()).isNotEmpty();
        }
    }
}
