package org.osteomet.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osteomet.core.Adjudication;
import org.osteomet.core.Citation;
import org.osteomet.core.Claim;
import org.osteomet.core.ClaimObject;
import org.osteomet.core.ClaimPredicate;
import org.osteomet.core.ClaimStatus;
import org.osteomet.core.Concept;
import org.osteomet.core.ConceptKind;
import org.osteomet.core.Conflict;
import org.osteomet.core.Content;
import org.osteomet.core.Coverage;
import org.osteomet.core.Decision;
import org.osteomet.core.Labelled;
import org.osteomet.core.Qualifiers;
import org.osteomet.core.QuotePlace;
import org.osteomet.core.QuotePlaces;
import org.osteomet.core.Source;
import org.osteomet.core.StatedClaim;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The review site's index, disputes, treatment and concept pages, and the page frame they share. */
final class SitePages {
    private static final List<ConceptKind> TREATMENT_KINDS =
            List.of(ConceptKind.TREATMENT_CLASS, ConceptKind.DRUG, ConceptKind.PROCEDURE);

    private final Content content;
    private final QuotePlaces places;
    private final Map<String, String> sourceWarnings;
    private final String version;

    SitePages(Content content, QuotePlaces places, Map<String, String> sourceWarnings, String version) {
        this.content = content;
        this.places = places;
        this.sourceWarnings = sourceWarnings;
        this.version = version;
    }

    /** Returns the path of a concept's page: {@code treatments/} for treatments, {@code concepts/} for the rest. */
    static String pagePath(Concept concept) {
        return (concept.kind().isTreatment() ? "treatments/" : "concepts/") + concept.id() + ".html";
    }

    /** Returns the link from a page {@code root} below the site root to a concept's page, or null if unknown. */
    String conceptHref(String root, String conceptId) {
        return content.concept(conceptId).map(c -> root + pagePath(c)).orElse(null);
    }

    /** Returns the link to the place where a claim is shown in full: on its subject's page. */
    String claimHref(String root, Claim claim) {
        String page = conceptHref(root, claim.subject());
        return page == null ? null : page + "#claim-" + claim.id();
    }

    /** Returns the link to a coverage note on its subject's page. */
    String coverageHref(String root, Coverage coverage) {
        String page = conceptHref(root, coverage.subject());
        return page == null ? null : page + "#coverage-" + coverage.id();
    }

    /** Returns the id of the mark that holds a quote's place on its source's page. */
    static String markId(QuotePlace place) {
        return "q-" + place.start() + "-" + place.end();
    }

    /** Returns a concept's name, or its id if the content lacks it. */
    String name(String conceptId) {
        return Statements.name(content, conceptId);
    }

    /** Returns a claim in one line, such as {@code denosumab — Side effects: nausea}. */
    String summary(Claim claim) {
        return name(claim.subject()) + " — " + SiteLabels.predicate(claim.predicate()) + ": "
                + (claim.qualifiers().negated() ? "not " : "") + Statements.object(content, claim);
    }

    String index() {
        Html h = new Html();
        open(h, "", "osteomet review site");
        h.raw("<h1>osteomet review site</h1>\n");
        h.element(
                "p",
                "",
                content.claims().size() + " claims about " + content.concepts().size() + " concepts, each backed by"
                        + " a quote from one of " + content.sources().size() + " sources. Every quote is highlighted"
                        + " in its source.");
        search(h);
        h.raw("<section aria-labelledby=\"treatments\">\n<h2 id=\"treatments\">Treatments</h2>\n");
        for (ConceptKind kind : TREATMENT_KINDS) {
            conceptList(h, kind, 3);
        }
        h.raw("</section>\n");
        h.raw("<section aria-labelledby=\"sources\">\n<h2 id=\"sources\">Sources</h2>\n");
        h.raw("<div class=\"table\"><table>\n<thead><tr><th scope=\"col\">Source</th><th scope=\"col\">Publisher</th>"
                + "<th scope=\"col\">Reviewed</th><th scope=\"col\">Claims</th></tr></thead>\n<tbody>\n");
        for (Source source : content.sources()) {
            h.raw("<tr><td>").link("sources/" + source.id() + ".html", source.title());
            String warning = sourceWarnings.get(source.id());
            if (warning != null) {
                h.raw("<p class=\"warning\"><strong>Warning:</strong> ")
                        .text(warning)
                        .raw("</p>");
            }
            h.raw("</td><td>").text(source.publisher()).raw("</td><td>");
            h.text(source.dateAsStated() == null ? "no date stated" : source.dateAsStated());
            h.raw("</td><td>")
                    .text(Integer.toString(content.claimsCiting(source.id()).size()))
                    .raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table></div>\n</section>\n");
        h.raw("<section aria-labelledby=\"disputes\">\n<h2 id=\"disputes\">Disputes</h2>\n");
        h.element(
                "p",
                "",
                content.adjudications().size() + " adjudicated disputes between sources, "
                        + content.conflicts().size() + " conflicts found between claims.");
        h.raw("<ul>\n");
        for (Adjudication adjudication : content.adjudications()) {
            h.raw("<li>").link("disputes.html#adjudication-" + adjudication.id(), adjudicationTitle(adjudication));
            h.raw("</li>\n");
        }
        h.raw("</ul>\n<p>").link("disputes.html", "All disputes and conflicts").raw("</p>\n</section>\n");
        h.raw("<section aria-labelledby=\"concepts\">\n<h2 id=\"concepts\">Other concepts</h2>\n");
        for (ConceptKind kind : ConceptKind.values()) {
            if (!kind.isTreatment()) {
                conceptList(h, kind, 3);
            }
        }
        h.raw("</section>\n");
        close(h, "", true);
        return h.toString();
    }

    private void search(Html h) {
        h.raw("<section aria-labelledby=\"search\" class=\"search\">\n<h2 id=\"search\">Search</h2>\n");
        h.raw("<form role=\"search\" onsubmit=\"return false\"><label for=\"q\">Name, synonym or brand name</label> "
                + "<input id=\"q\" type=\"search\" autocomplete=\"off\" aria-describedby=\"search-status\"></form>\n");
        h.raw("<p id=\"search-status\" role=\"status\" aria-live=\"polite\"></p>\n<ul id=\"results\"></ul>\n");
        h.raw("<noscript><p>Search needs JavaScript; every concept is listed below.</p></noscript>\n");
        ArrayNode entries = JsonNodeFactory.instance.arrayNode();
        for (Concept concept : content.concepts()) {
            ObjectNode entry = entries.addObject();
            entry.put("u", pagePath(concept));
            entry.put("k", SiteLabels.kind(concept.kind()));
            ArrayNode names = entry.putArray("t");
            names.add(concept.name());
            concept.synonyms().forEach(names::add);
            concept.brandNames().forEach(names::add);
        }
        // In a script element only "</" and "<!--" matter; escaping every "<" inside the JSON strings covers both.
        String json = JsonOutput.compact(entries)
                .replace("<", "\\u003c")
                .replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
        h.raw("<script type=\"application/json\" id=\"search-data\">").raw(json).raw("</script>\n");
        h.raw("</section>\n");
    }

    private void conceptList(Html h, ConceptKind kind, int level) {
        List<Concept> concepts = content.conceptsOfKind(kind).stream()
                .sorted(java.util.Comparator.comparing((Concept c) -> c.name().toLowerCase(java.util.Locale.ROOT))
                        .thenComparing(Concept::name)
                        .thenComparing(Concept::id))
                .toList();
        if (concepts.isEmpty()) {
            return;
        }
        String id = "kind-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        h.raw("<h" + level + " id=\"" + id + "\">")
                .text(SiteLabels.kinds(kind) + " (" + concepts.size() + ")")
                .raw("</h" + level + ">\n<ul class=\"concepts\">\n");
        for (Concept concept : concepts) {
            h.raw("<li>").link(pagePath(concept), concept.name());
            int claims = content.claimsAbout(concept.id()).size();
            if (claims > 0) {
                h.raw(" <span class=\"count\">")
                        .text(claims + (claims == 1 ? " claim" : " claims"))
                        .raw("</span>");
            }
            h.raw("</li>\n");
        }
        h.raw("</ul>\n");
    }

    String concept(Concept concept) {
        Html h = new Html();
        String root = "../";
        open(h, root, concept.name());
        h.element("h1", "", concept.name());
        h.element("p", "class=\"kind\"", SiteLabels.kind(concept.kind()));
        names(h, "Brand names", concept.brandNames());
        names(h, "Also called", concept.synonyms());
        List<String> classes = content.classesOf(concept.id());
        if (!classes.isEmpty()) {
            h.raw("<p>Belongs to: ");
            linkList(h, root, classes);
            h.raw("</p>\n");
        }
        List<String> members = content.membersOf(concept.id());
        if (!members.isEmpty()) {
            h.raw("<p>Members: ");
            linkList(h, root, members);
            h.raw("</p>\n");
        }
        boolean any = false;
        for (ClaimPredicate predicate : ClaimPredicate.values()) {
            List<StatedClaim> claims = concept.kind().isTreatment()
                    ? content.claimsAboutIncludingClasses(concept.id(), predicate)
                    : content.claimsAbout(concept.id(), predicate).stream()
                            .map(c -> new StatedClaim(concept.id(), c, content.status(c)))
                            .toList();
            if (claims.isEmpty()) {
                continue;
            }
            any = true;
            String id = "p-" + predicate.id();
            h.raw("<section aria-labelledby=\"" + id + "\">\n<h2 id=\"" + id + "\">")
                    .text(SiteLabels.predicate(predicate))
                    .raw("</h2>\n<ul class=\"claims\">\n");
            for (StatedClaim stated : claims) {
                claim(h, root, stated);
            }
            h.raw("</ul>\n</section>\n");
        }
        if (!any) {
            h.element("p", "", "The sources state nothing about " + concept.name() + " itself.");
        }
        coverage(h, root, concept);
        mentions(h, root, concept);
        close(h, root, false);
        return h.toString();
    }

    private void names(Html h, String label, List<String> names) {
        if (!names.isEmpty()) {
            h.raw("<p>").text(label + ": " + String.join(", ", names)).raw("</p>\n");
        }
    }

    private void linkList(Html h, String root, List<String> conceptIds) {
        for (int i = 0; i < conceptIds.size(); i++) {
            if (i > 0) {
                h.raw(", ");
            }
            conceptLink(h, root, conceptIds.get(i));
        }
    }

    private void conceptLink(Html h, String root, String conceptId) {
        String href = conceptHref(root, conceptId);
        if (href == null) {
            h.text(conceptId);
        } else {
            h.link(href, name(conceptId));
        }
    }

    private void claim(Html h, String root, StatedClaim stated) {
        Claim claim = stated.claim();
        ClaimStatus status = stated.status();
        h.raw("<li class=\"claim " + status.id() + "\"");
        if (!stated.inherited()) {
            h.raw(" id=\"claim-").text(claim.id()).raw("\"");
        }
        h.raw(">\n<p class=\"statement\">");
        if (status == ClaimStatus.DISPUTED) {
            h.raw("<strong class=\"badge disputed\">disputed</strong> ");
        } else if (status == ClaimStatus.PREFERRED) {
            h.raw("<strong class=\"badge preferred\">preferred</strong> ");
        }
        if (claim.qualifiers().negated()) {
            h.raw("<strong class=\"badge negated\">not</strong> ");
        }
        object(h, root, claim);
        h.raw("</p>\n");
        if (stated.inherited()) {
            h.raw("<p class=\"inherited\">Stated for the class ");
            conceptLink(h, root, stated.statedFor());
            h.raw(" (").link(claimHref(root, claim), "see the claim there").raw(")</p>\n");
        }
        qualifiers(h, root, claim.qualifiers());
        int corroboration = content.corroboration(claim);
        h.raw("<p class=\"corroboration\">")
                .text("Corroboration: " + corroboration + (corroboration == 1 ? " source" : " independent sources"))
                .raw("</p>\n");
        for (Adjudication adjudication : content.adjudicationsOf(claim.id())) {
            h.raw("<div class=\"adjudication\"><p><strong>")
                    .link(root + "disputes.html#adjudication-" + adjudication.id(), adjudicationTitle(adjudication))
                    .raw(":</strong> ")
                    .text(adjudication.rationale())
                    .raw("</p></div>\n");
        }
        citations(h, root, claim.citations());
        h.raw("</li>\n");
    }

    private void object(Html h, String root, Claim claim) {
        if (claim.object() instanceof ClaimObject.ConceptObject c) {
            conceptLink(h, root, c.concept());
        } else {
            h.text(Statements.object(content, claim));
        }
    }

    private void qualifiers(Html h, String root, Qualifiers qualifiers) {
        Map<Qualifiers.Field, Object> stated = new LinkedHashMap<>(qualifiers.stated());
        stated.remove(Qualifiers.Field.NEGATED);
        if (stated.isEmpty()) {
            return;
        }
        h.raw("<dl class=\"qualifiers\">");
        stated.forEach((field, value) -> {
            h.element("dt", "", SiteLabels.field(field));
            h.raw("<dd>");
            switch (field.form()) {
                case ENUM -> h.text(((Labelled) value).label());
                case CONCEPT_ID -> conceptLink(h, root, (String) value);
                case FLAG, TEXT -> h.text(value.toString());
            }
            h.raw("</dd>");
        });
        h.raw("</dl>\n");
    }

    private void citations(Html h, String root, List<Citation> citations) {
        h.raw("<ul class=\"citations\">\n");
        for (Citation citation : citations) {
            String title = content.source(citation.source())
                    .map(s -> s.publisher() + ": " + s.title())
                    .orElse(citation.source());
            h.raw("<li><blockquote><p>").text(citation.quote()).raw("</p></blockquote>\n<p class=\"cite\">");
            QuotePlace place = places.place(citation).orElse(null);
            String page = root + "sources/" + citation.source() + ".html";
            if (place != null && content.source(citation.source()).isPresent()) {
                h.link(page + "#" + markId(place), "Show in source: " + title);
            } else {
                h.text(title + " (not placed in the snapshot)");
            }
            h.raw("</p></li>\n");
        }
        h.raw("</ul>\n");
    }

    private void coverage(Html h, String root, Concept concept) {
        List<Coverage> notes = content.coverage().stream()
                .filter(c -> c.subject().equals(concept.id()))
                .toList();
        if (notes.isEmpty()) {
            return;
        }
        h.raw("<section aria-labelledby=\"coverage\">\n<h2 id=\"coverage\">What the lists leave out</h2>\n<ul>\n");
        for (Coverage note : notes) {
            h.raw("<li id=\"coverage-")
                    .text(note.id())
                    .raw("\"><p>")
                    .text(SiteLabels.predicate(note.predicate()) + ": " + Statements.word(note.kind()))
                    .raw("</p>\n");
            citations(h, root, note.citations());
            h.raw("</li>\n");
        }
        h.raw("</ul>\n</section>\n");
    }

    private void mentions(Html h, String root, Concept concept) {
        List<Claim> naming = content.claimsWithObject(concept.id());
        if (naming.isEmpty()) {
            return;
        }
        h.raw("<section aria-labelledby=\"mentions\">\n<h2 id=\"mentions\">Claims that name ")
                .text(concept.name())
                .raw("</h2>\n<ul>\n");
        for (Claim claim : naming) {
            h.raw("<li>");
            if (content.status(claim) == ClaimStatus.DISPUTED) {
                h.raw("<strong class=\"badge disputed\">disputed</strong> ");
            }
            String href = claimHref(root, claim);
            if (href == null) {
                h.text(summary(claim));
            } else {
                h.link(href, summary(claim));
            }
            h.raw("</li>\n");
        }
        h.raw("</ul>\n</section>\n");
    }

    String disputes() {
        Html h = new Html();
        open(h, "", "Disputes and conflicts");
        h.raw("<h1>Disputes and conflicts</h1>\n");
        h.raw("<section aria-labelledby=\"adjudications\">\n<h2 id=\"adjudications\">Adjudicated disputes</h2>\n");
        if (content.adjudications().isEmpty()) {
            h.element("p", "", "No disputes have been adjudicated.");
        }
        for (Adjudication adjudication : content.adjudications()) {
            h.raw("<article id=\"adjudication-")
                    .text(adjudication.id())
                    .raw("\">\n<h3>")
                    .text(adjudicationTitle(adjudication))
                    .raw("</h3>\n<p>")
                    .text(adjudication.rationale())
                    .raw("</p>\n<ul>\n");
            for (String claimId : adjudication.claims()) {
                claimItem(h, claimId);
            }
            h.raw("</ul>\n</article>\n");
        }
        h.raw("</section>\n");
        h.raw("<section aria-labelledby=\"conflicts\">\n<h2 id=\"conflicts\">Conflicts between claims</h2>\n");
        h.element(
                "p",
                "",
                "Claims that cannot all be true in the same scope, found by comparing them; an adjudication says"
                        + " how each was settled.");
        List<Conflict> conflicts = content.conflicts();
        if (conflicts.isEmpty()) {
            h.element("p", "", "No conflicts were found.");
        } else {
            h.raw("<ol class=\"conflicts\">\n");
            for (Conflict conflict : conflicts) {
                h.raw("<li><p><strong>")
                        .text(SiteLabels.conflict(conflict.kind()))
                        .raw("</strong> at ");
                conceptLink(h, "", conflict.subject());
                h.raw(": ").text(conflict.reason()).raw("</p>\n");
                List<String> settled = new ArrayList<>();
                for (Claim claim : conflict.claims()) {
                    content.adjudicationsOf(claim.id()).stream()
                            .map(Adjudication::id)
                            .filter(id -> !settled.contains(id))
                            .forEach(settled::add);
                }
                if (settled.isEmpty()) {
                    h.element("p", "class=\"warning\"", "Not adjudicated.");
                } else {
                    h.raw("<p>Settled by ");
                    for (int i = 0; i < settled.size(); i++) {
                        h.raw(i == 0 ? "" : ", ").link("#adjudication-" + settled.get(i), settled.get(i));
                    }
                    h.raw("</p>\n");
                }
                h.raw("<ul>\n");
                for (Claim claim : conflict.claims()) {
                    claimItem(h, claim.id());
                }
                h.raw("</ul></li>\n");
            }
            h.raw("</ol>\n");
        }
        h.raw("</section>\n");
        close(h, "", false);
        return h.toString();
    }

    private void claimItem(Html h, String claimId) {
        Claim claim = content.claim(claimId).orElse(null);
        h.raw("<li>");
        if (claim == null) {
            h.text(claimId + " (not in the content)");
        } else {
            ClaimStatus status = content.status(claim);
            if (status != ClaimStatus.NORMAL) {
                h.raw("<strong class=\"badge " + status.id() + "\">")
                        .text(status.id())
                        .raw("</strong> ");
            }
            String href = claimHref("", claim);
            if (href == null) {
                h.text(summary(claim));
            } else {
                h.link(href, summary(claim));
            }
        }
        h.raw("</li>\n");
    }

    private String adjudicationTitle(Adjudication adjudication) {
        String decision = adjudication.decision() == Decision.PREFER
                ? "prefer " + adjudication.preferred()
                : Statements.word(adjudication.decision());
        return adjudication.id() + " (" + decision + ")";
    }

    /** Opens a page: the head, the skip link, the banner and navigation, and the main landmark. */
    void open(Html h, String root, String title) {
        h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        h.text(title).raw(" — osteomet</title>\n<link rel=\"icon\" href=\"data:,\">\n<link rel=\"stylesheet\" href=\"");
        h.text(root + ReviewSite.STYLESHEET).raw("\">\n</head>\n<body>\n");
        h.raw("<a class=\"skip\" href=\"#main\">Skip to main content</a>\n<header>\n<p class=\"brand\">");
        h.link(root + "index.html", "osteomet").raw(" review site</p>\n<nav aria-label=\"Site\"><ul>");
        h.raw("<li>").link(root + "index.html#treatments", "Treatments").raw("</li>");
        h.raw("<li>").link(root + "index.html#sources", "Sources").raw("</li>");
        h.raw("<li>").link(root + "disputes.html", "Disputes and conflicts").raw("</li>");
        h.raw("<li>").link(root + "index.html#search", "Search").raw("</li>");
        h.raw("</ul></nav>\n</header>\n<main id=\"main\" tabindex=\"-1\">\n");
    }

    /** Closes a page: the main landmark, the footer and, on the index, the search script. */
    void close(Html h, String root, boolean withSearch) {
        h.raw("</main>\n<footer>\n<p>");
        h.text("osteomet content " + version + ". Every statement is a quote from its source; the sources,"
                + " not this site, are the authority, and none of it replaces advice from a care team.");
        h.raw("</p>\n</footer>\n");
        if (withSearch) {
            h.raw("<script>\n").raw(SEARCH_SCRIPT).raw("</script>\n");
        }
        h.raw("</body>\n</html>\n");
    }

    private static final String SEARCH_SCRIPT = """
            (function () {
              var data = JSON.parse(document.getElementById('search-data').textContent);
              var input = document.getElementById('q');
              var results = document.getElementById('results');
              var status = document.getElementById('search-status');
              var LIMIT = 50;
              input.addEventListener('input', function () {
                var q = input.value.trim().toLowerCase();
                results.textContent = '';
                if (!q) { status.textContent = ''; return; }
                var shown = 0, found = 0;
                for (var i = 0; i < data.length; i++) {
                  var e = data[i], hit = null;
                  for (var j = 0; j < e.t.length; j++) {
                    if (e.t[j].toLowerCase().indexOf(q) >= 0) { hit = e.t[j]; break; }
                  }
                  if (hit === null) { continue; }
                  found++;
                  if (shown >= LIMIT) { continue; }
                  var li = document.createElement('li');
                  var a = document.createElement('a');
                  a.href = e.u;
                  a.textContent = e.t[0];
                  li.appendChild(a);
                  li.appendChild(document.createTextNode((hit !== e.t[0] ? ' (' + hit + ')' : '') + ' — ' + e.k));
                  results.appendChild(li);
                  shown++;
                }
                status.textContent = found === 0 ? 'No matches.'
                  : found + (found === 1 ? ' match' : ' matches') + (found > shown ? ', first ' + shown + ' shown.' : '.');
              });
            })();
            """;
}
