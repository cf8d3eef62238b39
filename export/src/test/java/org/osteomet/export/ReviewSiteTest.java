package org.osteomet.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osteomet.content.internal.ContentFiles;
import org.osteomet.content.internal.ContentReader;
import org.osteomet.core.Citation;
import org.osteomet.core.Claim;
import org.osteomet.core.ClaimObject;
import org.osteomet.core.ClaimPredicate;
import org.osteomet.core.ClaimStatus;
import org.osteomet.core.Concept;
import org.osteomet.core.ConceptKind;
import org.osteomet.core.Content;
import org.osteomet.core.Qualifiers;
import org.osteomet.core.QuotePlace;
import org.osteomet.core.QuotePlaces;
import org.osteomet.core.SnapshotIndex;
import org.osteomet.core.Source;

/** Checks the review site of the shipped content with an HTML parser: links, marks, escaping and determinism. */
class ReviewSiteTest {
    static Content content;
    static QuotePlaces places;
    static Map<String, byte[]> files;
    static Map<String, Document> pages = new HashMap<>();

    @BeforeAll
    static void render() {
        ContentFiles read = ContentReader.readPackaged();
        content = read.content();
        places = QuotePlaces.of(content, read::snapshotText);
        files = ExportFiles.render(site().files(content, places, "1.0", ""));
        files.forEach((path, bytes) -> {
            if (path.endsWith(".html")) {
                pages.put(path, Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "https://site.test/" + path));
            }
        });
    }

    static ReviewSite site() {
        return new ReviewSite(Map.of("acs-bone-metastasis-2012", "reviewed long ago"));
    }

    @Test
    void hasAPageForEveryConceptAndSource() {
        assertThat(pages).containsKeys("index.html", "disputes.html", "treatments/denosumab.html");
        for (Concept concept : content.concepts()) {
            assertThat(pages).containsKey(SitePages.pagePath(concept));
        }
        for (Source source : content.sources()) {
            assertThat(pages).containsKey("sources/" + source.id() + ".html");
        }
    }

    @Test
    void everyInternalLinkResolvesAndNothingPointsOutside() {
        List<String> broken = new ArrayList<>();
        pages.forEach((path, page) -> {
            for (Element link : page.select("[href], [src]")) {
                String target = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                if (target.equals("data:,")) {
                    continue;
                }
                assertThat(target)
                        .as(path)
                        .doesNotContain("//")
                        .doesNotStartWith("http")
                        .doesNotStartWith("/");
                URI resolved = URI.create("https://site.test/" + path).resolve(target);
                String file = resolved.getPath().substring(1);
                if (!files.containsKey(file)) {
                    broken.add(path + " -> " + target);
                } else if (resolved.getFragment() != null
                        && pages.get(file).getElementById(resolved.getFragment()) == null) {
                    broken.add(path + " -> " + target + " (no such id)");
                }
            }
        });
        assertThat(broken).isEmpty();
    }

    @Test
    void everyPageHasOneHeadingOneMainALanguageAndUniqueIds() {
        pages.forEach((path, page) -> {
            assertThat(page.select("h1")).as(path).hasSize(1);
            assertThat(page.select("main#main")).as(path).hasSize(1);
            assertThat(page.select("a.skip[href=#main]")).as(path).hasSize(1);
            assertThat(page.selectFirst("html").attr("lang")).as(path).isEqualTo("en");
            List<String> ids = page.select("[id]").eachAttr("id");
            assertThat(ids).as(path).doesNotHaveDuplicates();
        });
    }

    @Test
    void everyCitedQuoteIsMarkedInItsSource() {
        List<Citation> citations = Stream.concat(
                        content.claims().stream().flatMap(c -> c.citations().stream()),
                        content.coverage().stream().flatMap(c -> c.citations().stream()))
                .toList();
        for (Citation citation : citations) {
            QuotePlace place = places.place(citation).orElseThrow(() -> new AssertionError("unplaced " + citation));
            Document page = pages.get("sources/" + citation.source() + ".html");
            String id = SitePages.markId(place);
            assertThat(page.getElementById(id)).as(id).isNotNull();
            assertThat(page.getElementById(id).tagName()).isEqualTo("mark");
            int[] text = places.snapshotText(citation.source())
                    .orElseThrow()
                    .codePoints()
                    .toArray();
            StringBuilder marked = new StringBuilder();
            int at = place.start();
            for (Element piece : page.select("mark[data-quote=" + id + "]")) {
                int from = Integer.parseInt(piece.attr("data-from"));
                String gap = new String(text, at, from - at);
                assertThat(gap).as(id + " unmarked between pieces").isBlank();
                marked.append(gap).append(piece.wholeText());
                at = Integer.parseInt(piece.attr("data-to"));
            }
            assertThat(at).as(id).isEqualTo(place.end());
            assertThat(marked.toString()).as(id).isEqualTo(place.exact());
            assertThat(SnapshotIndex.normalize(place.exact())).isEqualTo(SnapshotIndex.normalize(citation.quote()));
        }
    }

    @Test
    void everyMarkHoldsOnlyTheCitedTextItNames() {
        for (Source source : content.sources()) {
            int[] text =
                    places.snapshotText(source.id()).orElseThrow().codePoints().toArray();
            Document page = pages.get("sources/" + source.id() + ".html");
            assertThat(page.select("mark")).isNotEmpty();
            for (Element mark : page.select("mark")) {
                int from = Integer.parseInt(mark.attr("data-from"));
                int to = Integer.parseInt(mark.attr("data-to"));
                String[] quote = mark.attr("data-quote").split("-");
                assertThat(from).isGreaterThanOrEqualTo(Integer.parseInt(quote[1]));
                assertThat(to).isLessThanOrEqualTo(Integer.parseInt(quote[2]));
                assertThat(mark.wholeText()).isEqualTo(new String(text, from, to - from));
            }
        }
    }

    @Test
    void overlappingQuotesNestTheirMarks() {
        Document page = pages.get("sources/acs-bone-metastasis-2012.html");

        assertThat(page.select("mark mark")).isNotEmpty();
        assertThat(page.select("mark:not([id])"))
                .as("continuations of split marks")
                .isNotEmpty();
    }

    @Test
    void uncitedParagraphsStayVisible() {
        assertThat(pages.get("sources/acs-bone-metastasis-2012.html").select("p.uncited"))
                .extracting(Element::text)
                .contains("Understanding Bone Metastasis");
    }

    @Test
    void disputedClaimsAreMarkedWithTheAdjudicationsRationale() {
        Claim disputed = content.claims().stream()
                .filter(c -> content.status(c) == ClaimStatus.DISPUTED)
                .findFirst()
                .orElseThrow();
        Document page =
                pages.get(SitePages.pagePath(content.concept(disputed.subject()).orElseThrow()));
        Element claim = page.getElementById("claim-" + disputed.id());

        assertThat(claim.select(".badge.disputed").text()).isEqualTo("disputed");
        assertThat(claim.select(".adjudication").text())
                .contains(content.adjudicationsOf(disputed.id()).get(0).rationale());
    }

    @Test
    void inheritedClaimsNameTheirClass() {
        Element zoledronate = pages.get("treatments/zoledronate.html").selectFirst("main");

        assertThat(zoledronate.select(".inherited").text()).contains("Stated for the class bisphosphonates");
    }

    @Test
    void showsSourceWarningsAndCorroboration() {
        assertThat(pages.get("index.html").select("#sources ~ div .warning").text())
                .contains("reviewed long ago");
        assertThat(pages.get("treatments/denosumab.html")
                        .select(".corroboration")
                        .text())
                .contains("Corroboration: 2 independent sources");
    }

    @Test
    void everyPredicateKindAndQualifierHasALabel() {
        for (ClaimPredicate predicate : ClaimPredicate.values()) {
            assertThat(SiteLabels.predicate(predicate)).as(predicate.name()).isNotBlank();
        }
        for (ConceptKind kind : ConceptKind.values()) {
            assertThat(SiteLabels.kind(kind)).as(kind.name()).isNotBlank();
            assertThat(SiteLabels.kinds(kind)).as(kind.name()).isNotBlank();
        }
        for (Qualifiers.Field field : Qualifiers.Field.ALL) {
            assertThat(SiteLabels.field(field)).as(field.name()).isNotBlank();
        }
    }

    @Test
    void writesTheSameBytesTwice() {
        Map<String, byte[]> again = ExportFiles.render(site().files(content, places, "1.0", ""));

        assertThat(again.keySet()).containsExactlyElementsOf(files.keySet());
        again.forEach((path, bytes) -> assertThat(bytes).as(path).isEqualTo(files.get(path)));
    }

    @Test
    void escapesContentTextEverywhere() {
        String hostile = "<script>alert(1)</script>\"'&";
        Source source =
                new Source("s", hostile, hostile, null, null, List.of(hostile), "snapshots/s.txt", "0".repeat(64));
        Concept drug = new Concept("d", ConceptKind.DRUG, hostile, List.of(hostile), List.of(hostile));
        Claim claim = new Claim(
                "c",
                "d",
                ClaimPredicate.DEFINITION,
                ClaimObject.text(hostile),
                Qualifiers.NONE.with(Qualifiers.Field.NOTE, hostile),
                List.of(new Citation("s", "<b>bold</b> & more")));
        Content tiny = Content.of(List.of(source), List.of(drug), List.of(claim), List.of());
        QuotePlaces tinyPlaces = QuotePlaces.of(tiny, id -> "Intro </p><script>x()</script>\n\n<b>bold</b> & more.");

        Map<String, byte[]> site =
                ExportFiles.render(new ReviewSite(Map.of("s", hostile)).files(tiny, tinyPlaces, "1.0", ""));

        site.forEach((path, bytes) -> {
            if (path.endsWith(".html")) {
                Document page = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
                assertThat(page.select("script:not([type])").size()).as(path).isLessThanOrEqualTo(1);
                assertThat(page.select("script").eachAttr("id")).as(path).allMatch(id -> id.equals("search-data"));
                assertThat(page.select("b")).as(path).isEmpty();
            }
        });
        Document drugPage = Jsoup.parse(new String(site.get("treatments/d.html"), StandardCharsets.UTF_8));
        assertThat(drugPage.selectFirst("h1").text()).isEqualTo(hostile);
        Document sourcePage = Jsoup.parse(new String(site.get("sources/s.html"), StandardCharsets.UTF_8));
        assertThat(sourcePage.select("mark").text()).isEqualTo("<b>bold</b> & more");
        assertThat(sourcePage.select(".snapshot p").first().text()).isEqualTo("Intro </p><script>x()</script>");
        String index = new String(site.get("index.html"), StandardCharsets.UTF_8);
        assertThat(index).doesNotContain("<script>alert").contains("\\u003cscript>alert(1)\\u003c/script>");
    }
}
