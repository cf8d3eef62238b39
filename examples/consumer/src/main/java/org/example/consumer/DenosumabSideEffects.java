package org.example.consumer;

import java.util.List;
import java.util.stream.Collectors;
import org.osteomet.content.ContentLoader;
import org.osteomet.core.Citation;
import org.osteomet.core.Claim;
import org.osteomet.core.Content;
import org.osteomet.core.ClaimPredicate;

/** Prints the side effects of denosumab with the sources that state each one. */
public final class DenosumabSideEffects {
    private DenosumabSideEffects() {}

    public static void main(String[] args) {
        Content content = ContentLoader.load();
        List<Claim> sideEffects = content.claimsAbout("denosumab", ClaimPredicate.SIDE_EFFECT);
        if (sideEffects.isEmpty()) {
            throw new IllegalStateException("no side effects of denosumab found");
        }
        System.out.println("Side effects of denosumab (Xgeva):");
        for (Claim claim : sideEffects) {
            String name = content.concept(claim.objectConcept()).orElseThrow().name();
            String sources = claim.citations().stream().map(Citation::source).distinct().collect(Collectors.joining(", "));
            System.out.println("- " + name + (claim.qualifiers().negated() ? " (stated as NOT a side effect)" : "")
                    + "  [" + sources + "]");
        }
    }
}
