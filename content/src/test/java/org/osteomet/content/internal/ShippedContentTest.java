package org.osteomet.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.osteomet.content.ContentLoader;
import org.osteomet.content.Location;
import org.osteomet.core.Citation;
import org.osteomet.core.Claim;
import org.osteomet.core.ClaimPredicate;
import org.osteomet.core.ClaimStatus;
import org.osteomet.core.ConceptKind;
import org.osteomet.core.Content;
import org.osteomet.core.Coverage;
import org.osteomet.core.CoverageKind;
import org.osteomet.core.Source;
import org.osteomet.core.StatedClaim;

/** The packaged content: loads cleanly, quotes are verbatim, snapshots are the captured copies, and it answers real questions. */
class ShippedContentTest {
    static final Content CONTENT = ContentLoader.load();
    static final ContentFiles FILES = ContentReader.readPackaged();
    /**
     * The SHA-256 of each snapshot as first captured. {@code sources.json} records the same; pinning them here as
     * well means a snapshot cannot be replaced by editing the content alone.
     */
    static final Map<String, String> CAPTURED_SHA256 = Map.of(
            "acs-bone-metastasis-2012", "bcb7279cedb6372306d01d1f9b3b157bbfef013065d31be4393cc0061ab0842f",
            "bone-cancer-secondary-treatment", "e491dadd416f81833a4f7106b931146d5fb1b605ba15175287cb4cd7703b0b04",
            "mayo-bone-metastasis-treatments", "ab06464bcb9e60562eb42f89aa89669066f6a093df27c22b9a9cdf5205d22bf9",
            "webmd-bone-metastasis-what-happens", "39f591ae6682317493310d6aae98fa3f263dc9d041bf4631d44d6b61795758f3",
            "webmd-treating-bone-metastasis", "2114b95c74c919c26ac1b2ecfeb8135a132ed682a70b564d149412a780fafc28");

    @Test
    void readsEachFileOnceAndLocatesFromThatOneParse() throws Exception {
        Path folder = Path.of(ContentLoader.class
                        .getResource(ContentReader.PACKAGED_ROOT + ContentLayout.SOURCES)
                        .toURI())
                .getParent();
        Map<Path, Integer> reads = new ConcurrentHashMap<>();
        AtomicInteger parsed = new AtomicInteger();
        ContentFiles files = ContentReader.read(folder, (document, kind) -> parsed.incrementAndGet() > 0, path -> {
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
    void snapshotsAreTheCapturedCopiesAndMatchTheirRecordedHashes() throws NoSuchAlgorithmException {
        assertThat(CONTENT.sources())
                .extracting(Source::id)
                .containsExactlyInAnyOrderElementsOf(CAPTURED_SHA256.keySet());
        for (Source source : CONTENT.sources()) {
            String sha256 = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(FILES.snapshots().get(source.id())));
            assertThat(sha256).as(source.id()).isEqualTo(CAPTURED_SHA256.get(source.id()));
            assertThat(source.sha256()).as(source.id()).isEqualTo(sha256);
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
        assertThat(CONTENT.claimsAbout("denosumab", ClaimPredicate.SIDE_EFFECT))
                .extracting(c -> c.objectConcept().orElseThrow())
                .contains("osteonecrosis-of-the-jaw", "low-calcium-levels", "nausea", "diarrhea");
        assertThat(CONTENT.concept("denosumab").orElseThrow().brandNames()).containsExactly("Xgeva");
    }

    @Test
    void bisphosphonatesButNotDenosumabAreContraindicatedWithPoorKidneyFunction() {
        assertThat(CONTENT.claimsWithObject("kidney-problems", ClaimPredicate.CONTRAINDICATED_IN))
                .extracting(Claim::subject)
                .contains("bisphosphonates")
                .doesNotContain("denosumab");
        assertThat(CONTENT.claimsWithObject("kidney-problems", ClaimPredicate.SAFE_IN))
                .extracting(Claim::subject)
                .containsExactly("denosumab");
    }

    @Test
    void radiopharmaceuticalsWorkBetterForBlasticAndBisphosphonatesForLyticMetastases() {
        assertThat(CONTENT.claimsWithObject("blastic-metastases", ClaimPredicate.WORKS_BETTER_FOR))
                .extracting(Claim::subject)
                .contains("radiopharmaceuticals");
        assertThat(CONTENT.claimsWithObject("lytic-metastases", ClaimPredicate.WORKS_BETTER_FOR))
                .extracting(Claim::subject)
                .contains("bisphosphonates");
        assertThat(CONTENT.claimsWithObject("blastic-metastases", ClaimPredicate.WORKS_LESS_WELL_FOR))
                .extracting(Claim::subject)
                .contains("bisphosphonates");
    }

    @Test
    void sourcesSupportingAClaimAreItsCitations() {
        Claim onj = CONTENT.claimsAbout("bisphosphonates", ClaimPredicate.SIDE_EFFECT).stream()
                .filter(c -> c.objectConcept().equals(Optional.of("osteonecrosis-of-the-jaw")))
                .filter(c -> c.citations().size() > 1)
                .findFirst()
                .orElseThrow();
        assertThat(onj.citations()).extracting(Citation::source).contains("acs-bone-metastasis-2012");
        assertThat(CONTENT.claimsCiting("acs-bone-metastasis-2012")).contains(onj);
    }

    @Test
    void zoledronateInheritsTheSideEffectsOfBisphosphonates() {
        assertThat(CONTENT.classesOf("zoledronate")).contains("bisphosphonates");
        assertThat(CONTENT.claimsAboutIncludingClasses("zoledronate", ClaimPredicate.SIDE_EFFECT))
                .extracting(stated -> stated.claim().objectConcept().orElseThrow())
                .contains("osteonecrosis-of-the-jaw", "fever");
    }

    @Test
    void conceptKindsAreAllRepresented() {
        for (ConceptKind kind : ConceptKind.values()) {
            assertThat(CONTENT.conceptsOfKind(kind)).as(kind.name()).isNotEmpty();
        }
    }

    @Test
    void everyClaimRadium223GetsThroughItsClassIsLabelledWithTheClassItWasStatedFor() {
        List<String> classes = CONTENT.classesOf("radium-223");
        assertThat(classes).startsWith("radiopharmaceuticals");
        for (ClaimPredicate predicate : ClaimPredicate.values()) {
            for (StatedClaim stated : CONTENT.claimsAboutIncludingClasses("radium-223", predicate)) {
                if (stated.inherited()) {
                    assertThat(stated.statedFor())
                            .as(stated.claim().id())
                            .isIn(classes)
                            .isEqualTo(stated.claim().subject());
                    if (stated.claim().id().startsWith("radiopharmaceuticals-")) {
                        assertThat(stated.statedFor()).isEqualTo("radiopharmaceuticals");
                    }
                } else {
                    assertThat(stated.statedFor()).isEqualTo("radium-223");
                }
            }
        }
        assertThat(CONTENT.claimsAboutIncludingClasses("radium-223", ClaimPredicate.MECHANISM))
                .isNotEmpty()
                .allMatch(StatedClaim::inherited);
    }

    @Test
    void radium223BeingStudiedStopsTheClassesClinicalClaims() {
        assertThat(CONTENT.claimsAboutIncludingClasses("radiopharmaceuticals", ClaimPredicate.SIDE_EFFECT))
                .isNotEmpty();
        for (ClaimPredicate predicate : List.of(
                ClaimPredicate.SIDE_EFFECT,
                ClaimPredicate.DOSE_COUNT,
                ClaimPredicate.CAN_REPEAT,
                ClaimPredicate.BENEFIT)) {
            assertThat(CONTENT.claimsAboutIncludingClasses("radium-223", predicate))
                    .as(predicate.id())
                    .isEmpty();
            assertThat(CONTENT.claimsAboutIncludingClasses("strontium-89", predicate))
                    .as("strontium-89 is not set apart: " + predicate.id())
                    .isNotEmpty();
        }
        assertThat(CONTENT.coverageOf("radium-223", ClaimPredicate.SIDE_EFFECT))
                .extracting(Coverage::kind)
                .contains(CoverageKind.NOT_INHERITED, CoverageKind.OPEN_LIST);
    }

    @Test
    void noHarmToNormalCellsIsDisputedAndTheSideEffectsOpposingItArePreferred() {
        Claim withoutHarm = CONTENT.claims().stream()
                .filter(c -> c.citations().stream().anyMatch(q -> q.quote().contains("without harming normal cells")))
                .findFirst()
                .orElseThrow();
        assertThat(CONTENT.status(withoutHarm)).isEqualTo(ClaimStatus.DISPUTED);
        assertThat(CONTENT.status(CONTENT.claim("radiopharmaceuticals-side-effect-bone-marrow-damage")
                        .orElseThrow()))
                .isEqualTo(ClaimStatus.PREFERRED);
        assertThat(CONTENT.conflicts()).isNotEmpty();
    }

    @Test
    void openListsAndKnownGapsAreRecordedWhereTheSourcesLeaveThem() {
        assertThat(CONTENT.coverageOf("zoledronate", ClaimPredicate.SIDE_EFFECT))
                .extracting(Coverage::kind)
                .contains(CoverageKind.KNOWN_GAP);
        assertThat(CONTENT.coverageOf("denosumab", ClaimPredicate.SIDE_EFFECT))
                .extracting(Coverage::kind)
                .containsExactly(CoverageKind.OPEN_LIST);
    }
}
