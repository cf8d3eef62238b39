package org.osteomet.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.osteomet.core.Claim;
import org.osteomet.core.Content;

/**
 * The claims added, removed and changed between two content sets, grouped by subject concept.
 *
 * @param bySubject for each subject id (sorted), its changes sorted by claim id
 */
record ClaimDiff(Map<String, List<Change>> bySubject) {

    /** What happened to one claim id. */
    enum Kind {
        ADDED,
        REMOVED,
        CHANGED
    }

    /**
     * One claim's change.
     *
     * @param kind what happened
     * @param before the claim before, or {@code null} if added
     * @param after the claim after, or {@code null} if removed
     */
    record Change(Kind kind, Claim before, Claim after) {
        String id() {
            return after != null ? after.id() : before.id();
        }
    }

    /** Compares two content sets claim by claim id. */
    static ClaimDiff between(Content old, Content current) {
        Map<String, List<Change>> bySubject = new TreeMap<>();
        for (Claim before : old.claims()) {
            Claim after = current.claim(before.id()).orElse(null);
            if (after == null) {
                add(bySubject, before.subject(), new Change(Kind.REMOVED, before, null));
            } else if (!after.equals(before)) {
                add(bySubject, after.subject(), new Change(Kind.CHANGED, before, after));
            }
        }
        for (Claim after : current.claims()) {
            if (old.claim(after.id()).isEmpty()) {
                add(bySubject, after.subject(), new Change(Kind.ADDED, null, after));
            }
        }
        bySubject.values().forEach(changes -> changes.sort(java.util.Comparator.comparing(Change::id)));
        return new ClaimDiff(bySubject);
    }

    private static void add(Map<String, List<Change>> bySubject, String subject, Change change) {
        bySubject.computeIfAbsent(subject, k -> new ArrayList<>()).add(change);
    }

    /** Returns the number of changes of the given kind. */
    long count(Kind kind) {
        return bySubject.values().stream()
                .flatMap(List::stream)
                .filter(c -> c.kind() == kind)
                .count();
    }

    /** Returns whether nothing changed. */
    boolean isEmpty() {
        return bySubject.isEmpty();
    }
}
