package org.osteomet.bench;

import java.util.List;
import java.util.Objects;

/**
 * One real conflict the generator injected.
 *
 * @param treatment the id of the treatment the conflicting claims are about
 * @param claimIds the ids of the injected claims; a schedule conflict has one, which clashes with the usual one
 */
public record InjectedConflict(String treatment, List<String> claimIds) {
    public InjectedConflict {
        Objects.requireNonNull(treatment, "treatment must not be null");
        claimIds = List.copyOf(claimIds);
        if (claimIds.isEmpty()) {
            throw new IllegalArgumentException("claimIds must not be empty");
        }
    }
}
