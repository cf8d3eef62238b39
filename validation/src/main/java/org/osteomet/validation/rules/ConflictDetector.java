package org.osteomet.validation.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.osteomet.core.Claim;
import org.osteomet.core.ClaimObject;
import org.osteomet.core.Concept;
import org.osteomet.core.Content;
import org.osteomet.core.Hedge;
import org.osteomet.core.Predicate;
import org.osteomet.core.RangeUnit;

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
    private static final Set<Predicate> UPWARD_OBJECT_PREDICATES =
            EnumSet.of(Predicate.SIDE_EFFECT, Predicate.SYMPTOM, Predicate.CAUSES, Predicate.BENEFIT);

    private final Content content;
    private final Map<String, List<String>> ancestors = new HashMap<>();
    private final Map<ClaimPair, Conflict> found = new LinkedHashMap<>();

    /** One predicate family said of one object, whichever way round. */
    private record Statement(Predicate family, String object) {}

    /** Single-valued ranges of one predicate whose bounds compare, in hours or as counts of one unit. */
    private record RangeDimension(Predicate predicate, RangeUnit comparedIn) {}

    /** The ids of two claims in conflict, the smaller first. */
    private record ClaimPair(String first, String second) {}

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
                .sorted(Comparator.comparing((Conflict c) -> c.first().id())
                        .thenComparing(c -> c.second().id()))
                .toList();
    }

    private List<String> ancestorsOf(String concept) {
        return ancestors.computeIfAbsent(concept, content::classesOf);
    }

    private void checkSubject(String subject) {
        List<Claim> own = content.claimsAbout(subject);
        List<Claim> effective = new ArrayList<>(own);
        for (String ancestor : ancestorsOf(subject)) {
            effective.addAll(content.claimsAbout(ancestor));
        }
        if (effective.size() < 2) {
            return;
        }
        Map<Statement, PolarityGroup> polarity = new HashMap<>();
        Map<RangeDimension, List<Claim>> ranges = new LinkedHashMap<>();
        for (Claim claim : effective) {
            Predicate family = family(claim.predicate());
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
        }
        polarity.values().forEach(group -> group.report(subject));
        ranges.values().forEach(group -> checkRanges(group, subject));
    }

    private static Predicate family(Predicate predicate) {
        return predicate
                .opposite()
                .filter(opposite -> opposite.ordinal() < predicate.ordinal())
                .orElse(predicate);
    }

    /** Claims stating one thing about one object, split into those that affirm it and those that deny it. */
    private final class PolarityGroup {
        // A null key stands for affirmations that do not limit that part of their scope.
        private final Map<Scope, Claim> byScope = new HashMap<>();
        private final Map<String, Claim> byPopulation = new HashMap<>();
        private final Map<String, Claim> byContext = new HashMap<>();
        private final List<Claim> negatives = new ArrayList<>();
        private Claim any;

        void add(Claim claim, boolean positive) {
            if (FREQUENCY_HEDGES.contains(claim.qualifiers().hedge())) {
                return;
            }
            if (!positive) {
                negatives.add(claim);
                return;
            }
            Scope scope = Scope.of(claim.qualifiers());
            byScope.putIfAbsent(scope, claim);
            byPopulation.putIfAbsent(scope.population(), claim);
            byContext.putIfAbsent(scope.context(), claim);
            if (any == null) {
                any = claim;
            }
        }

        void report(String subject) {
            for (Claim negative : negatives) {
                Claim positive = match(negative);
                if (positive != null && !positive.id().equals(negative.id())) {
                    record(Conflict.of(
                            positive,
                            negative,
                            subject,
                            "\"" + describe(positive) + "\" ("
                                    + positive.id() + ") and \"" + describe(negative) + "\" (" + negative.id()
                                    + ") cannot both hold"
                                    + (subject.equals(positive.subject()) && subject.equals(negative.subject())
                                            ? ""
                                            : " for " + subject)));
                }
            }
        }

        private Claim match(Claim negative) {
            Scope scope = Scope.of(negative.qualifiers());
            if (scope.equals(Scope.EVERYWHERE)) {
                return any;
            }
            if (scope.population() == null) {
                return first(byContext.get(scope.context()), byContext.get(null));
            }
            if (scope.context() == null) {
                return first(byPopulation.get(scope.population()), byPopulation.get(null));
            }
            return scope.widenings().stream()
                    .map(byScope::get)
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElse(null);
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
                record(Conflict.of(
                        highestLow,
                        lowestHigh,
                        subject,
                        highestLow.predicate().id() + " "
                                + highestLow.object().canonical() + " (" + highestLow.id() + ") does not overlap "
                                + lowestHigh.object().canonical() + " (" + lowestHigh.id() + ")"));
            }
        }
    }

    private static long low(Claim claim) {
        return ((ClaimObject.RangeObject) claim.object()).range().lowest();
    }

    private static long high(Claim claim) {
        return ((ClaimObject.RangeObject) claim.object()).range().highest();
    }

    private void record(Conflict conflict) {
        found.putIfAbsent(new ClaimPair(conflict.first().id(), conflict.second().id()), conflict);
    }

    private static String describe(Claim claim) {
        return claim.subject() + (claim.qualifiers().negated() ? " not " : " ")
                + claim.predicate().id() + " " + claim.object().canonical();
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
