package org.osteomet.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable query over the claims of one {@link Content}: each method returns a new query with one more
 * condition, and {@link #list}, {@link #groupedByObject} or {@link #safetyIn} answers it.
 *
 * <p>Every answer is a {@link StatedClaim}: the claim, the concept it answers for, and its status, so an inherited
 * or disputed claim can never pass for a plain fact about the concept. Filters on the same part replace each
 * other; filters on different parts all apply. Concept ids are kebab-case strings, as everywhere in osteomet
 * ({@link Content#lookup} finds one by name); an unknown id matches nothing.
 *
 * <pre>{@code
 * List<ObjectGroup> sideEffects = content.query()
 *         .subject("zoledronate")
 *         .includingClasses()
 *         .predicate(ClaimPredicate.SIDE_EFFECT)
 *         .groupedByObject();
 * }</pre>
 */
public final class ClaimQuery {
    private final Content content;
    private final String subject;
    private final boolean classes;
    private final boolean members;
    private final Set<ClaimPredicate> predicates;
    private final String object;
    private final String population;
    private final String objectOrPopulation;
    private final Set<ClaimStatus> statuses;

    private ClaimQuery(
            Content content,
            String subject,
            boolean classes,
            boolean members,
            Set<ClaimPredicate> predicates,
            String object,
            String population,
            String objectOrPopulation,
            Set<ClaimStatus> statuses) {
        this.content = content;
        this.subject = subject;
        this.classes = classes;
        this.members = members;
        this.predicates = predicates;
        this.object = object;
        this.population = population;
        this.objectOrPopulation = objectOrPopulation;
        this.statuses = statuses;
    }

    /**
     * Returns the query of every claim of the content.
     *
     * @param content the content queried; not null
     * @return the query of every claim of the content
     */
    static ClaimQuery of(Content content) {
        return new ClaimQuery(content, null, false, false, Set.of(), null, null, null, Set.of());
    }

    /**
     * Limits the answers to claims about one concept.
     *
     * @param conceptId the concept's id; not null
     * @return the narrower query
     */
    public ClaimQuery subject(String conceptId) {
        Checks.notNull(conceptId, "conceptId");
        return new ClaimQuery(
                content, conceptId, classes, members, predicates, object, population, objectOrPopulation, statuses);
    }

    /**
     * Adds, for each concept answered for, the claims stated for every class it belongs to through {@code is-a},
     * nearest class first; each is labelled {@link StatedClaim#inherited()}.
     *
     * <p>Without a {@link #subject}, every concept is answered for, so a class's claim is also answered for each of
     * its members. A class claim does not reach a member that a {@link CoverageKind#NOT_INHERITED} note sets apart,
     * nor one it holds for only some members of ({@link Qualifiers#members()}).
     *
     * @return the wider query
     */
    public ClaimQuery includingClasses() {
        return new ClaimQuery(
                content, subject, true, members, predicates, object, population, objectOrPopulation, statuses);
    }

    /**
     * Adds the claims about every member of the {@link #subject} through {@code is-a}, at any depth, each
     * answered for that member.
     *
     * <p>{@code subject("bisphosphonates").includingMembers()} answers for bisphosphonates, zoledronate and
     * pamidronate. Without a subject every concept is answered for already, and this changes nothing.
     *
     * @return the wider query
     */
    public ClaimQuery includingMembers() {
        return new ClaimQuery(
                content, subject, classes, true, predicates, object, population, objectOrPopulation, statuses);
    }

    /**
     * Limits the answers to claims with one of the given predicates.
     *
     * @param first a predicate; not null
     * @param more further predicates; not null
     * @return the narrower query
     */
    public ClaimQuery predicate(ClaimPredicate first, ClaimPredicate... more) {
        Set<ClaimPredicate> set = EnumSet.of(Checks.notNull(first, "predicate"));
        for (ClaimPredicate predicate : more) {
            set.add(Checks.notNull(predicate, "predicate"));
        }
        return new ClaimQuery(
                content,
                subject,
                classes,
                members,
                Collections.unmodifiableSet(set),
                object,
                population,
                objectOrPopulation,
                statuses);
    }

    /**
     * Limits the answers to claims whose object is the given concept.
     *
     * @param conceptId the concept's id; not null
     * @return the narrower query
     */
    public ClaimQuery object(String conceptId) {
        Checks.notNull(conceptId, "conceptId");
        return new ClaimQuery(
                content, subject, classes, members, predicates, conceptId, population, objectOrPopulation, statuses);
    }

    /**
     * Limits the answers to claims whose {@link Qualifiers#population() population} is the given condition.
     *
     * @param conceptId the condition's id; not null
     * @return the narrower query
     */
    public ClaimQuery population(String conceptId) {
        Checks.notNull(conceptId, "conceptId");
        return new ClaimQuery(
                content, subject, classes, members, predicates, object, conceptId, objectOrPopulation, statuses);
    }

    /**
     * Limits the answers to claims whose object or population is the given concept: what is said for people in a
     * situation, whether the situation is what a claim is about ({@code indicated-for multiple-bone-metastases})
     * or the group it is limited to.
     *
     * @param conceptId the concept's id; not null
     * @return the narrower query
     */
    public ClaimQuery objectOrPopulation(String conceptId) {
        Checks.notNull(conceptId, "conceptId");
        return new ClaimQuery(content, subject, classes, members, predicates, object, population, conceptId, statuses);
    }

    /**
     * Limits the answers to claims of the given statuses.
     *
     * @param first a status; not null
     * @param more further statuses; not null
     * @return the narrower query
     */
    public ClaimQuery status(ClaimStatus first, ClaimStatus... more) {
        Set<ClaimStatus> set = EnumSet.of(Checks.notNull(first, "status"));
        for (ClaimStatus status : more) {
            set.add(Checks.notNull(status, "status"));
        }
        return new ClaimQuery(
                content,
                subject,
                classes,
                members,
                predicates,
                object,
                population,
                objectOrPopulation,
                Collections.unmodifiableSet(set));
    }

    /**
     * Returns the answers.
     *
     * <p>They come concept by concept (the subject, then its members nearest first; without a subject, concepts
     * in id order), and for each concept its own claims in id order, then each class's, nearest first.
     *
     * @return the answers, unmodifiable; empty if none
     */
    public List<StatedClaim> list() {
        List<StatedClaim> answers = new ArrayList<>();
        for (String about : concepts()) {
            for (Claim claim : classes ? content.claimsReaching(about) : content.claimsAbout(about)) {
                if (matches(claim)) {
                    StatedClaim stated = new StatedClaim(about, claim, content.status(claim));
                    if (statuses.isEmpty() || statuses.contains(stated.status())) {
                        answers.add(stated);
                    }
                }
            }
        }
        return List.copyOf(answers);
    }

    /**
     * Returns the answers merged by what they say: one {@link ObjectGroup} for each concept answered for,
     * predicate, object, polarity and scope, with the strongest frequency and seriousness and all sources.
     *
     * @return the groups in the order their first claim has in {@link #list()}, unmodifiable; empty if none
     */
    public List<ObjectGroup> groupedByObject() {
        record Key(String about, ClaimPredicate predicate, ClaimObject object, boolean negated, Scope scope) {}
        Map<Key, List<StatedClaim>> groups = new LinkedHashMap<>();
        for (StatedClaim stated : list()) {
            Claim claim = stated.claim();
            Key key = new Key(
                    stated.about(),
                    claim.predicate(),
                    claim.object(),
                    claim.qualifiers().negated(),
                    claim.qualifiers().scope());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(stated);
        }
        return groups.entrySet().stream()
                .map(e -> new ObjectGroup(
                        e.getKey().about(),
                        e.getKey().predicate(),
                        e.getKey().object(),
                        e.getKey().negated(),
                        e.getKey().scope(),
                        e.getValue()))
                .toList();
    }

    /**
     * Answers the safety questions for people with a condition: contraindicated, caution, safe, precautions and
     * side effects, each limited by this query's subject, classes, members and status.
     *
     * <pre>{@code
     * Safety kidneys = content.query().includingClasses().safetyIn("kidney-problems");
     * }</pre>
     *
     * @param conditionId the condition's id; not null
     * @return the answers
     * @throws IllegalStateException if this query already limits the predicate, object or population, which the
     *     safety questions set themselves
     */
    public Safety safetyIn(String conditionId) {
        Checks.notNull(conditionId, "conditionId");
        if (!predicates.isEmpty() || object != null || population != null || objectOrPopulation != null) {
            throw new IllegalStateException("safetyIn sets the predicate, object and population itself");
        }
        return new Safety(
                conditionId,
                predicate(ClaimPredicate.CONTRAINDICATED_IN).object(conditionId).list(),
                predicate(ClaimPredicate.CAUTION_IN).object(conditionId).list(),
                predicate(ClaimPredicate.SAFE_IN).object(conditionId).list(),
                predicate(ClaimPredicate.PRECAUTION).population(conditionId).list(),
                predicate(ClaimPredicate.SIDE_EFFECT).object(conditionId).list());
    }

    private List<String> concepts() {
        if (subject == null) {
            return content.claims().stream()
                    .map(Claim::subject)
                    .distinct()
                    .sorted()
                    .toList();
        }
        List<String> concepts = new ArrayList<>(List.of(subject));
        if (members) {
            concepts.addAll(content.membersOf(subject));
        }
        return concepts;
    }

    private boolean matches(Claim claim) {
        String claimObject = claim.objectConcept().orElse(null);
        String claimPopulation = claim.qualifiers().population();
        return (predicates.isEmpty() || predicates.contains(claim.predicate()))
                && (object == null || object.equals(claimObject))
                && (population == null || population.equals(claimPopulation))
                && (objectOrPopulation == null
                        || objectOrPopulation.equals(claimObject)
                        || objectOrPopulation.equals(claimPopulation));
    }

    @Override
    public String toString() {
        return "ClaimQuery[subject=" + subject + ", includingClasses=" + classes + ", includingMembers=" + members
                + ", predicates=" + predicates + ", object=" + object + ", population=" + population
                + ", objectOrPopulation=" + objectOrPopulation + ", statuses=" + statuses + "]";
    }
}
