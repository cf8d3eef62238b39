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
 * All sources, concepts, claims and adjudications of one content set, with lookups.
 *
 * <p>Lists are kept sorted by id, so two equal content sets iterate identically. Lookups by id assume ids
 * are unique; where they are not (invalid content), the first by id order wins.
 */
public final class Content {
    private final List<Source> sources;
    private final List<Concept> concepts;
    private final List<Claim> claims;
    private final List<Adjudication> adjudications;

    private final Map<String, Source> sourcesById = new HashMap<>();
    private final Map<String, Concept> conceptsById = new HashMap<>();
    private final Map<String, Claim> claimsById = new HashMap<>();
    private final Map<String, List<Claim>> claimsBySubject = new HashMap<>();
    private final Map<String, List<Claim>> claimsByObjectConcept = new HashMap<>();
    private final Map<String, List<Claim>> claimsBySource = new HashMap<>();

    private Content(
            List<Source> sources, List<Concept> concepts, List<Claim> claims, List<Adjudication> adjudications) {
        this.sources = sortedCopy(sources, Source::id, "sources");
        this.concepts = sortedCopy(concepts, Concept::id, "concepts");
        this.claims = sortedCopy(claims, Claim::id, "claims");
        this.adjudications = sortedCopy(adjudications, Adjudication::id, "adjudications");
        this.sources.forEach(s -> sourcesById.putIfAbsent(s.id(), s));
        this.concepts.forEach(c -> conceptsById.putIfAbsent(c.id(), c));
        for (Claim claim : this.claims) {
            claimsById.putIfAbsent(claim.id(), claim);
            claimsBySubject
                    .computeIfAbsent(claim.subject(), k -> new ArrayList<>())
                    .add(claim);
            if (claim.objectConcept() != null) {
                claimsByObjectConcept
                        .computeIfAbsent(claim.objectConcept(), k -> new ArrayList<>())
                        .add(claim);
            }
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
        return new Content(sources, concepts, claims, adjudications);
    }

    /** Returns every source, sorted by id. */
    public List<Source> sources() {
        return sources;
    }

    /** Returns every concept, sorted by id. */
    public List<Concept> concepts() {
        return concepts;
    }

    /** Returns every claim, sorted by id. */
    public List<Claim> claims() {
        return claims;
    }

    /** Returns every adjudication, sorted by id. */
    public List<Adjudication> adjudications() {
        return adjudications;
    }

    /** Returns the source with the given id. */
    public Optional<Source> source(String id) {
        return Optional.ofNullable(sourcesById.get(id));
    }

    /** Returns the concept with the given id. */
    public Optional<Concept> concept(String id) {
        return Optional.ofNullable(conceptsById.get(id));
    }

    /** Returns the claim with the given id. */
    public Optional<Claim> claim(String id) {
        return Optional.ofNullable(claimsById.get(id));
    }

    /** Returns the concepts of the given kind, sorted by id. */
    public List<Concept> conceptsOfKind(ConceptKind kind) {
        return concepts.stream().filter(c -> c.kind() == kind).toList();
    }

    /** Returns the claims whose subject is the given concept, sorted by id. */
    public List<Claim> claimsAbout(String subject) {
        return List.copyOf(claimsBySubject.getOrDefault(subject, List.of()));
    }

    /** Returns the claims with the given subject and predicate, sorted by id. */
    public List<Claim> claimsAbout(String subject, Predicate predicate) {
        return claimsBySubject.getOrDefault(subject, List.of()).stream()
                .filter(c -> c.predicate() == predicate)
                .toList();
    }

    /**
     * Returns the claims with the given predicate about the subject or any class it belongs to through
     * {@code is-a}, nearest first: what a drug inherits from its class.
     *
     * @param subject a concept id; not null
     * @param predicate the predicate; not null
     * @return the claims, the subject's own first, then each class's in breadth-first order
     */
    public List<Claim> claimsAboutIncludingClasses(String subject, Predicate predicate) {
        List<Claim> result = new ArrayList<>(claimsAbout(subject, predicate));
        for (String ancestor : classesOf(subject)) {
            result.addAll(claimsAbout(ancestor, predicate));
        }
        return List.copyOf(result);
    }

    /** Returns the claims whose object is the given concept, sorted by id. */
    public List<Claim> claimsWithObject(String conceptId) {
        return List.copyOf(claimsByObjectConcept.getOrDefault(conceptId, List.of()));
    }

    /** Returns the claims with the given predicate whose object is the given concept, sorted by id. */
    public List<Claim> claimsWithObject(Predicate predicate, String conceptId) {
        return claimsByObjectConcept.getOrDefault(conceptId, List.of()).stream()
                .filter(c -> c.predicate() == predicate)
                .toList();
    }

    /** Returns the claims that cite the given source, sorted by id. */
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
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(conceptId));
        while (!queue.isEmpty()) {
            for (Claim isA : claimsAbout(queue.removeFirst(), Predicate.IS_A)) {
                if (isA.objectConcept() != null
                        && !isA.qualifiers().negated()
                        && !isA.objectConcept().equals(conceptId)
                        && seen.add(isA.objectConcept())) {
                    queue.addLast(isA.objectConcept());
                }
            }
        }
        return List.copyOf(seen);
    }

    /** Returns the ids of the concepts that are directly {@code is-a} the given class, sorted. */
    public List<String> membersOf(String classId) {
        return claimsWithObject(Predicate.IS_A, classId).stream()
                .filter(c -> !c.qualifiers().negated())
                .map(Claim::subject)
                .distinct()
                .sorted()
                .toList();
    }

    /** Returns the number of claims by predicate, in vocabulary order. */
    public Map<Predicate, Integer> claimCountsByPredicate() {
        Map<Predicate, Integer> counts = new LinkedHashMap<>();
        for (Predicate predicate : Predicate.values()) {
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
                && adjudications.equals(that.adjudications);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sources, concepts, claims, adjudications);
    }

    @Override
    public String toString() {
        return "Content[" + sources.size() + " sources, " + concepts.size() + " concepts, " + claims.size()
                + " claims, " + adjudications.size() + " adjudications]";
    }

    private static <T> List<T> sortedCopy(List<T> values, java.util.function.Function<T, String> id, String field) {
        List<T> copy = new ArrayList<>(Checks.list(values, field));
        copy.sort(Comparator.comparing(id));
        return List.copyOf(copy);
    }
}
