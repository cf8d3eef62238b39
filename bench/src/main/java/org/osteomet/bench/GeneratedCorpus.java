package org.osteomet.bench;

import java.util.List;

/**
 * What the generator wrote.
 *
 * @param claims the number of claims
 * @param concepts the number of concepts
 * @param sources the number of sources, each with a snapshot
 * @param conflicts the injected conflicts, in the order they were written
 */
public record GeneratedCorpus(int claims, int concepts, int sources, List<InjectedConflict> conflicts) {
    public GeneratedCorpus {
        conflicts = List.copyOf(conflicts);
    }
}
