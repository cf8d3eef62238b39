package org.osteomet.validation.rules;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The registry of every consistency rule, sorted by id; listed by hand so that nothing is found by scanning. */
public final class Rules {
    private static final List<Rule> ALL = Stream.of(
                    new AdjudicationMatchesConflict(),
                    new BrandNameBelongsToOneDrug(),
                    new ClaimCitesKnownSource(),
                    new ClaimHasCitation(),
                    new ClaimLivesWithItsSubject(),
                    new ConceptFileMatchesKind(),
                    new CoverageIsSound(),
                    new EverySourceIsCited(),
                    new IdsAreUnique(),
                    new NoConflictingClaims(),
                    new NoDuplicateCitations(),
                    new NoDuplicateClaims(),
                    new NoDuplicateNames(),
                    new NoUnknownFiles(),
                    new PredicateFitsObject(),
                    new QuoteAppearsInSource(),
                    new QuoteHasOnePlace(),
                    new QuoteIsVerbatim(),
                    new ReferencesResolve(),
                    new SnapshotMatchesHash(),
                    new SourceIsRecent(),
                    new StatedDateAppearsInSource(),
                    new TextIsClean())
            .sorted(Comparator.comparing(Rule::id))
            .toList();

    private Rules() {}

    /** {@return every rule, sorted by id} */
    public static List<Rule> all() {
        return ALL;
    }
}
