package org.osteomet.core;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * All sources, concepts, claims, adjudications and coverage notes of one content set, with lookups.
 *
 * <p>Lists are kept sorted by id, so two equal content sets iterate identically. Lookups by id assume ids
 * are unique; where they are not (invalid content), the first by id order wins.
 *
 * <p>Conventions of the whole API:
 *
 * <ul>
 *   <li>Every id (of a concept, claim, source, adjudication or coverage note) is a plain {@code String} in
 *       kebab-case, {@code ^[a-z0-9]+(-[a-z0-9]+)*$}, as written in the content files and every export. Ids are
 *       not wrapped in types: they are the wire form, one namespace across all kinds, and a concept id appears in
 *       subjects, objects and qualifiers alike. Parameters named {@code conceptId}, {@code claimId} or
 *       {@code sourceId} say which kind is meant; an unknown id matches nothing. {@link #lookup} turns a reader's
 *       name into a concept.
 *   <li>A method whose answer may be absent returns {@link Optional}, never {@code null}. Record components that
 *       a source may leave unstated (most {@link Qualifiers}, {@link Source#date()}, {@link
 *       Adjudication#preferred()}) are {@code null} when unstated, as their {@code @param} says, because they are
 *       the content's canonical form; {@link Qualifiers#value} reads any of them as an {@code Optional}.
 *   <li>A concept comes before a predicate: {@code claimsAbout(subject, predicate)}, {@code
 *       claimsWithObject(conceptId, predicate)}, {@code coverageOf(subject, predicate)}.
 *   <li>Answers that may come from a class, not the concept asked about, are {@link StatedClaim}s carrying their
 *       {@link ClaimStatus}; {@link #query()} is the entry point for questions.
 * </ul>
 */
public final class Content {
    private final List<Source> sources;
    private final List<Concept> concepts;
    private final List<Claim> claims;
    private final List<Adjudication> adjudications;
    private final List<Coverage> coverage;

    private final Map<String, Source> sourcesById = new HashMap<>();
    private final Map<String, Concept> conceptsById = new HashMap<>();
    private final Map<String, Claim> claimsById = new HashMap<>();
    private final Map<String, List<Claim>> claimsBySubject = new HashMap<>();
    private final Map<String, List<Claim>> claimsByObjectConcept = new HashMap<>();
    private final Map<String, List<Claim>> claimsBySource = new HashMap<>();
    private final Map<String, List<Adjudication>> adjudicationsByClaim = new HashMap<>();
    private final Map<String, List<Coverage>> coverageBySubject = new HashMap<>();
    private final Object conflictsLock = new Object();
    private volatile List<Conflict> conflicts;
    private volatile Names names;

    private Content(
            List<Source> sources,
            List<Concept> concepts,
            List<Claim> claims,
            List<Adjudication> adjudications,
            List<Coverage> coverage) {
        this.sources = sortedCopy(sources, Source::id, "sources");
        this.concepts = sortedCopy(concepts, Concept::id, "concepts");
        this.claims = sortedCopy(claims, Claim::id, "claims");
        this.adjudications = sortedCopy(adjudications, Adjudication::id, "adjudications");
        this.coverage = sortedCopy(coverage, Coverage::id, "coverage");
        for (Adjudication adjudication : this.adjudications) {
            adjudication.claims().stream()
                    .distinct()
                    .forEach(id -> adjudicationsByClaim
                            .computeIfAbsent(id, k -> new ArrayList<>())
                            .add(adjudication));
        }
        this.coverage.forEach(c -> coverageBySubject
                .computeIfAbsent(c.subject(), k -> new ArrayList<>())
                .add(c));
        this.sources.forEach(s -> sourcesById.putIfAbsent(s.id(), s));
        this.concepts.forEach(c -> conceptsById.putIfAbsent(c.id(), c));
        for (Claim claim : this.claims) {
            claimsById.putIfAbsent(claim.id(), claim);
            claimsBySubject
                    .computeIfAbsent(claim.subject(), k -> new ArrayList<>())
                    .add(claim);
            claim.objectConcept()
                    .ifPresent(object -> claimsByObjectConcept
                            .computeIfAbsent(object, k -> new ArrayList<>())
                            .add(claim));
            claim.citations().stream()
                    .map(Citation::source)
                    .distinct()
                    .forEach(source -> claimsBySource
                            .computeIfAbsent(source, k -> new ArrayList<>())
                            .add(claim));
        }
    }

    /**
     * Returns a content set of the given records.
     *
     * @param sources the sources; not null
     * @param concepts the concepts; not null
     * @param claims the claims; not null
     * @param adjudications the adjudications; not null
     * @return the content, with every list sorted by id
     */
    public static Content of(
            List<Source> sources, List<Concept> concepts, List<Claim> claims, List<Adjudication> adjudications) {
        return new Content(sources, concepts, claims, adjudications, List.of());
    }

    /**
     * Returns a content set of the given records, with coverage notes.
     *
     * @param sources the sources; not null
     * @param concepts the concepts; not null
     * @param claims the claims; not null
     * @param adjudications the adjudications; not null
     * @param coverage the coverage notes; not null
     * @return the content, with every list sorted by id
     */
    public static Content of(
            List<Source> sources,
            List<Concept> concepts,
            List<Claim> claims,
            List<Adjudication> adjudications,
            List<Coverage> coverage) {
        return new Content(sources, concepts, claims, adjudications, coverage);
    }

    /**
     * Returns every source, sorted by id.
     *
     * @return every source, sorted by id
     */
    public List<Source> sources() {
        return sources;
    }

    /**
     * Returns every concept, sorted by id.
     *
     * @return every concept, sorted by id
     */
    public List<Concept> concepts() {
        return concepts;
    }

    /**
     * Returns every claim, sorted by id.
     *
     * @return every claim, sorted by id
     */
    public List<Claim> claims() {
        return claims;
    }

    /**
     * Returns every adjudication, sorted by id.
     *
     * @return every adjudication, sorted by id
     */
    public List<Adjudication> adjudications() {
        return adjudications;
    }

    /**
     * Returns every coverage note, sorted by id.
     *
     * @return every coverage note, sorted by id
     */
    public List<Coverage> coverage() {
        return coverage;
    }

    /**
     * Returns the source with the given id.
     *
     * @param id the id; not null
     * @return the source, or empty if this content has none of that id
     */
    public Optional<Source> source(String id) {
        return Optional.ofNullable(sourcesById.get(id));
    }

    /**
     * Returns the concept with the given id.
     *
     * @param id the id; not null
     * @return the concept, or empty if this content has none of that id
     */
    public Optional<Concept> concept(String id) {
        return Optional.ofNullable(conceptsById.get(id));
    }

    /**
     * Returns the claim with the given id.
     *
     * @param id the id; not null
     * @return the claim, or empty if this content has none of that id
     */
    public Optional<Claim> claim(String id) {
        return Optional.ofNullable(claimsById.get(id));
    }

    /**
     * Starts a query over every claim; narrow it with the query's methods, then answer it.
     *
     * <pre>{@code
     * Content content = ContentLoader.load();
     * for (ObjectGroup effect : content.query()
     *         .subject("zoledronate")
     *         .includingClasses()
     *         .predicate(ClaimPredicate.SIDE_EFFECT)
     *         .groupedByObject()) {
     *     System.out.println(effect.object().canonical() + " " + effect.frequency().map(Frequency::label).orElse(""));
     * }
     * }</pre>
     *
     * @return the query of every claim
     */
    public ClaimQuery query() {
        return ClaimQuery.of(this);
    }

    /**
     * Returns the concept a reader's name for it names: its name, a synonym or a brand name, compared ignoring
     * case, accents (Unicode NFD, combining marks removed) and runs of white space.
     *
     * <p>{@code lookup("Zometa")}, {@code lookup("zoledronic acid")} and {@code lookup("ZOLEDRONATE")} all find
     * zoledronate. Where several concepts answer, one whose preferred name it is wins, then a synonym, then a brand
     * name, then the first by id; {@link #lookupAll} lists them all.
     *
     * @param name the name as a reader writes it; not null
     * @return the concept, or empty if no concept has that name
     */
    public Optional<Concept> lookup(String name) {
        return lookupAll(name).stream().findFirst();
    }

    /**
     * Returns every concept the name names, as {@link #lookup} compares names, best match first.
     *
     * @param name the name as a reader writes it; not null
     * @return the concepts, each once; empty if none
     */
    public List<Concept> lookupAll(String name) {
        Checks.notNull(name, "name");
        Names result = names;
        if (result == null) {
            // Built on first use, so content that is only validated or exported never pays for normalising names.
            result = new Names(concepts);
            names = result;
        }
        return result.find(name);
    }

    /**
     * Returns the claim to show instead of a disputed one: the claim an adjudication naming it prefers.
     *
     * @param claim a claim of this content; not null
     * @return the preferred claim of the first such adjudication by id, answered for its own subject with its status;
     *     empty if none prefers another (the claim is not disputed, or its dispute is kept open with
     *     {@link Decision#KEEP_ALL})
     */
    public Optional<StatedClaim> preferredOver(Claim claim) {
        return adjudicationsOf(claim.id()).stream()
                .map(Adjudication::preferred)
                .filter(preferred -> preferred != null && !preferred.equals(claim.id()))
                .findFirst()
                .flatMap(this::claim)
                .map(preferred -> new StatedClaim(preferred.subject(), preferred, status(preferred)));
    }

    /**
     * Returns the name to show for a concept.
     *
     * @param conceptId a concept id; not null
     * @return the concept's preferred name, or the id itself if this content has no such concept
     */
    public String nameOf(String conceptId) {
        return concept(conceptId).map(Concept::name).orElse(conceptId);
    }

    /**
     * Returns the words to show for a claim's object: a concept's name, the text, a route's label, or a range such
     * as {@code 3 to 4 week} (the unit's label, not made plural).
     *
     * @param object the object; not null
     * @return the words
     */
    public String nameOf(ClaimObject object) {
        if (object instanceof ClaimObject.ConceptObject c) {
            return nameOf(c.concept());
        } else if (object instanceof ClaimObject.TextObject t) {
            return t.text();
        } else if (object instanceof ClaimObject.RouteObject r) {
            return r.route().label();
        }
        Range range = ((ClaimObject.RangeObject) object).range();
        String unit = range.unit().label();
        if (range.min() == null && range.max() == null) {
            return unit + " (number not stated)";
        } else if (range.min() == null) {
            return "at most " + range.max() + " " + unit;
        } else if (range.max() == null) {
            return "at least " + range.min() + " " + unit;
        }
        return range.min().equals(range.max())
                ? range.min() + " " + unit
                : range.min() + " to " + range.max() + " " + unit;
    }

    /**
     * Returns the concepts of the given kind, sorted by id.
     *
     * @param kind the kind; not null
     * @return the concepts of the given kind, sorted by id
     */
    public List<Concept> conceptsOfKind(ConceptKind kind) {
        return concepts.stream().filter(c -> c.kind() == kind).toList();
    }

    /**
     * Returns the claims whose subject is the given concept, sorted by id.
     *
     * @param subject a concept id; not null
     * @return the claims whose subject is the given concept, sorted by id
     */
    public List<Claim> claimsAbout(String subject) {
        return List.copyOf(claimsBySubject.getOrDefault(subject, List.of()));
    }

    /**
     * Returns the claims with the given subject and predicate, sorted by id.
     *
     * @param subject a concept id; not null
     * @param predicate the predicate; not null
     * @return the claims with the given subject and predicate, sorted by id
     */
    public List<Claim> claimsAbout(String subject, ClaimPredicate predicate) {
        return claimsBySubject.getOrDefault(subject, List.of()).stream()
                .filter(c -> c.predicate() == predicate)
                .toList();
    }

    /**
     * Returns the claims with the given predicate about the subject and those stated for any class it belongs to
     * through {@code is-a}, nearest first: what a drug inherits from its class, each labelled with whom it was
     * stated for and with its status.
     *
     * <p>A class claim does not reach the subject where a {@link CoverageKind#NOT_INHERITED} note of the subject
     * sets it apart.
     *
     * @param subject a concept id; not null
     * @param predicate the predicate; not null
     * @return the subject's own claims first, then each class's in breadth-first order
     */
    public List<StatedClaim> claimsAboutIncludingClasses(String subject, ClaimPredicate predicate) {
        return claimsReaching(subject).stream()
                .filter(c -> c.predicate() == predicate)
                .map(c -> new StatedClaim(subject, c, status(c)))
                .toList();
    }

    /**
     * Returns every claim that speaks of the subject: its own, then those of each class it belongs to through
     * {@code is-a}, nearest first, less the class claims that do not reach it.
     *
     * <p>A class claim does not reach the subject where a {@link CoverageKind#NOT_INHERITED} note of the subject
     * sets it apart, or where it holds only for some members of the class ({@link Qualifiers#members()}).
     *
     * @param subject a concept id; not null
     * @return the claims, the subject's own first
     */
    List<Claim> claimsReaching(String subject) {
        List<Claim> result = new ArrayList<>(claimsAbout(subject));
        List<Coverage> blocks = coverageBySubject.getOrDefault(subject, List.of()).stream()
                .filter(c -> c.kind() == CoverageKind.NOT_INHERITED)
                .toList();
        for (String ancestor : classesOf(subject)) {
            for (Claim claim : claimsAbout(ancestor)) {
                if (claim.qualifiers().members() == null && blocks.stream().noneMatch(b -> b.blocks(claim))) {
                    result.add(claim);
                }
            }
        }
        return List.copyOf(result);
    }

    /**
     * Returns the coverage notes for the subject's claims of the given predicate, the subject's own and those of
     * its classes: an open list or a gap in a class's list leaves the member's list open too.
     *
     * @param subject a concept id; not null
     * @param predicate the predicate; not null
     * @return the notes, the subject's own first, then each class's
     */
    public List<Coverage> coverageOf(String subject, ClaimPredicate predicate) {
        List<Coverage> result = new ArrayList<>();
        List<String> concepts = new ArrayList<>(List.of(subject));
        concepts.addAll(classesOf(subject));
        for (String concept : concepts) {
            for (Coverage note : coverageBySubject.getOrDefault(concept, List.of())) {
                if (note.predicate() == predicate
                        && (concept.equals(subject) || note.kind() != CoverageKind.NOT_INHERITED)) {
                    result.add(note);
                }
            }
        }
        return List.copyOf(result);
    }

    /**
     * Returns the claim's status: {@link ClaimStatus#DISPUTED} if an adjudication names it and does not prefer it,
     * {@link ClaimStatus#PREFERRED} if every adjudication naming it prefers it, otherwise normal.
     *
     * @param claim a claim of this content; not null
     * @return the status
     */
    public ClaimStatus status(Claim claim) {
        List<Adjudication> naming = adjudicationsOf(claim.id());
        if (naming.isEmpty()) {
            return ClaimStatus.NORMAL;
        }
        boolean preferredEverywhere = naming.stream().allMatch(a -> claim.id().equals(a.preferred()));
        return preferredEverywhere ? ClaimStatus.PREFERRED : ClaimStatus.DISPUTED;
    }

    /**
     * Returns the adjudications that name the claim, sorted by id; empty if none.
     *
     * @param claimId a claim id; not null
     * @return the adjudications that name the claim, sorted by id; empty if none
     */
    public List<Adjudication> adjudicationsOf(String claimId) {
        return List.copyOf(adjudicationsByClaim.getOrDefault(claimId, List.of()));
    }

    /**
     * Returns how many independent sources support the claim: its cited sources, counting the pages of one
     * publisher once.
     *
     * @param claim a claim of this content; not null
     * @return the number of distinct publishers among its citations (a source not in this content counts as its
     *     own publisher)
     */
    public int corroboration(Claim claim) {
        return (int) claim.citations().stream()
                .map(c -> source(c.source()).map(Source::publisher).orElse(c.source()))
                .distinct()
                .count();
    }

    /**
     * Returns every conflict between claims, as {@code docs/conflicts.md} defines, ordered by the ids of the claims.
     *
     * <p>Adjudicated conflicts are listed too; {@link #adjudicationsOf} and {@link #status} say how they were
     * settled. Detection takes time linear in the number of claims and runs once, on the first call.
     *
     * @return the conflicts, unmodifiable; empty if none
     */
    public List<Conflict> conflicts() {
        List<Conflict> result = conflicts;
        if (result == null) {
            // Apps share one Content across threads; the lock keeps detection to a single run.
            synchronized (conflictsLock) {
                result = conflicts;
                if (result == null) {
                    result = ConflictDetector.detect(this);
                    conflicts = result;
                }
            }
        }
        return result;
    }

    /**
     * Returns the claims whose object is the given concept, sorted by id.
     *
     * @param conceptId a concept id; not null
     * @return the claims whose object is the given concept, sorted by id
     */
    public List<Claim> claimsWithObject(String conceptId) {
        return List.copyOf(claimsByObjectConcept.getOrDefault(conceptId, List.of()));
    }

    /**
     * Returns the claims with the given predicate whose object is the given concept, sorted by id.
     *
     * <p>The concept comes first, as in {@link #claimsAbout(String, ClaimPredicate)}.
     *
     * @param conceptId a concept id; not null
     * @param predicate the predicate; not null
     * @return the claims; empty if none
     */
    public List<Claim> claimsWithObject(String conceptId, ClaimPredicate predicate) {
        return claimsByObjectConcept.getOrDefault(conceptId, List.of()).stream()
                .filter(c -> c.predicate() == predicate)
                .toList();
    }

    /**
     * Returns the claims that cite the given source, sorted by id.
     *
     * @param sourceId a source id; not null
     * @return the claims that cite the given source, sorted by id
     */
    public List<Claim> claimsCiting(String sourceId) {
        return List.copyOf(claimsBySource.getOrDefault(sourceId, List.of()));
    }

    /**
     * Returns every class the concept belongs to through one or more {@code is-a} claims, nearest first.
     *
     * @param conceptId a concept id; not null
     * @return the ancestor ids in breadth-first order, without the concept itself; empty if none
     */
    public List<String> classesOf(String conceptId) {
        return closure(conceptId, this::directClassesOf);
    }

    /**
     * Returns every concept that belongs to the class through one or more {@code is-a} claims, nearest first.
     *
     * @param classId a concept id; not null
     * @return the member ids in breadth-first order, each level sorted, without the class itself; empty if none
     */
    public List<String> membersOf(String classId) {
        return closure(classId, this::directMembersOf);
    }

    /**
     * Returns the classes the concept is directly {@code is-a}, sorted.
     *
     * @param conceptId a concept id; not null
     * @return the class ids; empty if none
     */
    public List<String> directClassesOf(String conceptId) {
        return claimsAbout(conceptId, ClaimPredicate.IS_A).stream()
                .filter(c -> !c.qualifiers().negated())
                .flatMap(c -> c.objectConcept().stream())
                .distinct()
                .sorted()
                .toList();
    }

    /**
     * Returns the concepts that are directly {@code is-a} the given class, sorted.
     *
     * @param classId a concept id; not null
     * @return the member ids; empty if none
     */
    public List<String> directMembersOf(String classId) {
        return claimsWithObject(classId, ClaimPredicate.IS_A).stream()
                .filter(c -> !c.qualifiers().negated())
                .map(Claim::subject)
                .distinct()
                .sorted()
                .toList();
    }

    private static List<String> closure(String start, java.util.function.Function<String, List<String>> step) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            for (String next : step.apply(queue.removeFirst())) {
                if (!next.equals(start) && seen.add(next)) {
                    queue.addLast(next);
                }
            }
        }
        return List.copyOf(seen);
    }

    /**
     * Returns the number of claims by predicate, in vocabulary order.
     *
     * @return the number of claims by predicate, in vocabulary order
     */
    public Map<ClaimPredicate, Integer> claimCountsByPredicate() {
        Map<ClaimPredicate, Integer> counts = new LinkedHashMap<>();
        for (ClaimPredicate predicate : ClaimPredicate.values()) {
            int count = (int)
                    claims.stream().filter(c -> c.predicate() == predicate).count();
            if (count > 0) {
                counts.put(predicate, count);
            }
        }
        return Collections.unmodifiableMap(counts);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Content that
                && sources.equals(that.sources)
                && concepts.equals(that.concepts)
                && claims.equals(that.claims)
                && adjudications.equals(that.adjudications)
                && coverage.equals(that.coverage);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sources, concepts, claims, adjudications, coverage);
    }

    @Override
    public String toString() {
        return "Content[" + sources.size() + " sources, " + concepts.size() + " concepts, " + claims.size()
                + " claims, " + adjudications.size() + " adjudications, " + coverage.size() + " coverage notes]";
    }

    private static <T> List<T> sortedCopy(List<T> values, java.util.function.Function<T, String> id, String field) {
        List<T> copy = new ArrayList<>(Checks.list(values, field));
        copy.sort(Comparator.comparing(id));
        return List.copyOf(copy);
    }
}
