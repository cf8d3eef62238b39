package org.osteomet.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds claims that contradict each other, as {@code docs/conflicts.md} defines.
 *
 * <p>Work is linear in the number of claims: claims are grouped by subject and predicate, each concept's
 * {@code is-a} ancestors are walked once, and within a group claims meet through hash lookups, not pairs.
 */
final class ConflictDetector {
    /** Hedges that speak of how often something holds, so that its opposite can also hold sometimes. */
    private static final Set<Hedge> FREQUENCY_HEDGES = EnumSet.of(
            Hedge.USUALLY,
            Hedge.OFTEN,
            Hedge.SOMETIMES,
            Hedge.GENERALLY,
            Hedge.TYPICALLY,
            Hedge.COMMONLY,
            Hedge.TENDS_TO);

    /** Predicates where affirming a narrower object affirms every broader one (a side effect is-a …). */
    private static final Set<ClaimPredicate> UPWARD_OBJECT_PREDICATES = EnumSet.of(
            ClaimPredicate.SIDE_EFFECT, ClaimPredicate.SYMPTOM, ClaimPredicate.CAUSES, ClaimPredicate.BENEFIT);

    private final Content content;
    private final Map<String, List<String>> ancestors = new HashMap<>();
    private final Map<List<String>, Conflict> found = new LinkedHashMap<>();

    /** One predicate family said of one object, whichever way round. */
    private record Statement(ClaimPredicate family, String object) {}

    /** Single-valued ranges of one predicate whose bounds compare, in hours or as counts of one unit. */
    private record RangeDimension(ClaimPredicate predicate, RangeUnit comparedIn) {}

    private ConflictDetector(Content content) {
        this.content = content;
    }

    /** Returns every conflict in the content, ordered by the ids of the claims involved. */
    static List<Conflict> detect(Content content) {
        ConflictDetector detector = new ConflictDetector(content);
        for (Concept concept : content.concepts()) {
            detector.checkSubject(concept.id());
        }
        return detector.found.values().stream()
                .sorted(Comparator.comparing(ConflictDetector::sortKey))
                .toList();
    }

    // Ids are kebab-case, and a space sorts before every character they use, so joined ids sort as the lists do.
    private static String sortKey(Conflict conflict) {
        return String.join(" ", conflict.claimIds());
    }

    private List<String> ancestorsOf(String concept) {
        return ancestors.computeIfAbsent(concept, content::classesOf);
    }

    private void checkSubject(String subject) {
        // A claim about some members of a class speaks of the class as a group, so it meets no other claim.
        List<Claim> effective = content.claimsReaching(subject).stream()
                .filter(c -> c.qualifiers().members() == null)
                .toList();
        if (effective.size() < 2) {
            return;
        }
        Map<Statement, PolarityGroup> polarity = new HashMap<>();
        Map<RangeDimension, List<Claim>> ranges = new LinkedHashMap<>();
        Map<ExclusiveValues, ExclusiveGroup> exclusive = new LinkedHashMap<>();
        for (Claim claim : effective) {
            ClaimPredicate family = family(claim.predicate());
            boolean positive = claim.qualifiers().negated() == (family != claim.predicate());
            String object = claim.object().canonical();
            polarity.computeIfAbsent(new Statement(family, object), k -> new PolarityGroup())
                    .add(claim, positive);
            if (positive
                    && UPWARD_OBJECT_PREDICATES.contains(claim.predicate())
                    && claim.object() instanceof ClaimObject.ConceptObject concept) {
                for (String broader : ancestorsOf(concept.concept())) {
                    polarity.computeIfAbsent(new Statement(family, broader), k -> new PolarityGroup())
                            .add(claim, true);
                }
            }
            if (claim.predicate().singleValued() && claim.object() instanceof ClaimObject.RangeObject range) {
                RangeUnit unit = range.range().unit();
                RangeUnit comparedIn = unit.isTime() ? RangeUnit.HOUR : unit;
                ranges.computeIfAbsent(new RangeDimension(claim.predicate(), comparedIn), k -> new ArrayList<>())
                        .add(claim);
            }
            if (!claim.qualifiers().negated()) {
                ExclusiveValues.of(claim)
                        .ifPresent(set -> exclusive
                                .computeIfAbsent(set, k -> new ExclusiveGroup())
                                .add(claim));
            }
        }
        polarity.values().forEach(group -> group.report(subject));
        ranges.values().forEach(group -> checkRanges(group, subject));
        exclusive.values().forEach(group -> group.report(subject));
    }

    private static ClaimPredicate family(ClaimPredicate predicate) {
        return predicate
                .opposite()
                .filter(opposite -> opposite.ordinal() < predicate.ordinal())
                .orElse(predicate);
    }

    /** Claims stating one thing about one object, split into those that affirm it and those that deny it. */
    private final class PolarityGroup {
        private final ScopeIndex positives = new ScopeIndex();
        private final List<Claim> negatives = new ArrayList<>();

        void add(Claim claim, boolean positive) {
            if (FREQUENCY_HEDGES.contains(claim.qualifiers().hedge())) {
                return;
            }
            if (positive) {
                positives.add(claim);
            } else {
                negatives.add(claim);
            }
        }

        void report(String subject) {
            for (Claim negative : negatives) {
                Claim positive = positives.meeting(Scope.of(negative.qualifiers()));
                if (positive != null && !positive.id().equals(negative.id())) {
                    record(ConflictKind.OPPOSITE_POLARITY, positive, negative, subject, "");
                }
            }
        }
    }

    /** Affirmed claims whose values belong to one set of exclusive values, filed by value. */
    private final class ExclusiveGroup {
        private final Map<String, ScopeIndex> byValue = new LinkedHashMap<>();
        private final List<Claim> claims = new ArrayList<>();

        void add(Claim claim) {
            byValue.computeIfAbsent(claim.object().canonical(), k -> new ScopeIndex())
                    .add(claim);
            claims.add(claim);
        }

        void report(String subject) {
            for (Claim claim : claims) {
                Scope scope = Scope.of(claim.qualifiers());
                for (Map.Entry<String, ScopeIndex> value : byValue.entrySet()) {
                    if (value.getKey().equals(claim.object().canonical())) {
                        continue;
                    }
                    Claim other = value.getValue().meeting(scope);
                    if (other != null && !other.id().equals(claim.id())) {
                        Claim first = claim.id().compareTo(other.id()) < 0 ? claim : other;
                        Claim second = first == claim ? other : claim;
                        record(
                                ConflictKind.EXCLUSIVE_VALUES,
                                first,
                                second,
                                subject,
                                ": " + value(first) + " and " + value(second) + " exclude each other");
                    }
                }
            }
        }
    }

    private void checkRanges(List<Claim> group, String subject) {
        if (group.size() < 2) {
            return;
        }
        Set<Scope> scopes = new LinkedHashSet<>();
        for (Claim claim : group) {
            scopes.add(Scope.of(claim.qualifiers()));
        }
        for (Scope scope : scopes) {
            Claim highestLow = null;
            Claim lowestHigh = null;
            for (Claim claim : group) {
                if (!Scope.of(claim.qualifiers()).within(scope)) {
                    continue;
                }
                if (highestLow == null || low(claim) > low(highestLow)) {
                    highestLow = claim;
                }
                if (lowestHigh == null || high(claim) < high(lowestHigh)) {
                    lowestHigh = claim;
                }
            }
            // Intervals on a line share a point if and only if the highest start is not after the lowest end.
            if (highestLow != null && low(highestLow) > high(lowestHigh)) {
                Conflict conflict = new Conflict(
                        ConflictKind.DISJOINT_RANGES,
                        List.of(highestLow, lowestHigh),
                        subject,
                        highestLow.predicate().id() + " "
                                + highestLow.object().canonical() + " (" + highestLow.id() + ") does not overlap "
                                + lowestHigh.object().canonical() + " (" + lowestHigh.id() + ")");
                found.putIfAbsent(conflict.claimIds(), conflict);
            }
        }
    }

    private static long low(Claim claim) {
        return ((ClaimObject.RangeObject) claim.object()).range().lowest();
    }

    private static long high(Claim claim) {
        return ((ClaimObject.RangeObject) claim.object()).range().highest();
    }

    /** Records that two claims cannot both hold, describing them in the order given and then saying why. */
    private void record(ConflictKind kind, Claim first, Claim second, String subject, String why) {
        Conflict conflict = new Conflict(
                kind,
                List.of(first, second),
                subject,
                "\"" + describe(first) + "\" (" + first.id() + ") and \"" + describe(second) + "\" (" + second.id()
                        + ") cannot both hold"
                        + (subject.equals(first.subject()) && subject.equals(second.subject()) ? "" : " for " + subject)
                        + why);
        found.putIfAbsent(conflict.claimIds(), conflict);
    }

    private static String describe(Claim claim) {
        return claim.subject() + (claim.qualifiers().negated() ? " not " : " ")
                + claim.predicate().id() + " " + claim.object().canonical();
    }

    private static String value(Claim claim) {
        return claim.predicate().id() + " " + claim.object().canonical();
    }
}
