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

        /** Returns each part of a changed claim that differs, in {@link #parts} order; empty unless changed. */
        List<Difference> differences() {
            if (kind != Kind.CHANGED) {
                return List.of();
            }
            Map<String, String> was = parts(before);
            Map<String, String> now = parts(after);
            java.util.Set<String> keys = new java.util.LinkedHashSet<>(was.keySet());
            keys.addAll(now.keySet());
            List<Difference> differences = new ArrayList<>();
            for (String key : keys) {
                if (!java.util.Objects.equals(was.get(key), now.get(key))) {
                    differences.add(new Difference(key, was.get(key), now.get(key)));
                }
            }
            return differences;
        }
    }

    /**
     * One part of a claim that changed.
     *
     * @param part the part's name, such as {@code qualifiers.aspect} or {@code citations/0/quote}
     * @param before its value before, or {@code null} if it was not stated
     * @param after its value after, or {@code null} if it is no longer stated
     */
    record Difference(String part, String before, String after) {
        /** Returns the word diff of the old and new value, or {@code null} if the part was added or removed. */
        WordDiff words() {
            return before == null || after == null ? null : WordDiff.of(before, after);
        }

        /** Returns whether a word diff says more than the two values do: both are texts of several words. */
        boolean hasWords() {
            return before != null
                    && after != null
                    && (before.strip().contains(" ") || after.strip().contains(" "));
        }
    }

    /**
     * Returns every part of a claim with its value as text, so that two claims differ exactly where one of
     * these differs: subject, predicate, object, each stated qualifier, each citation's source and quote.
     */
    static Map<String, String> parts(Claim claim) {
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        parts.put("subject", claim.subject());
        parts.put("predicate", claim.predicate().id());
        parts.put(
                "object",
                claim.object().kind().name().toLowerCase(java.util.Locale.ROOT) + " "
                        + claim.object().canonical());
        claim.qualifiers().stated().forEach((field, value) -> parts.put("qualifiers." + field.wireName(), text(value)));
        for (int i = 0; i < claim.citations().size(); i++) {
            parts.put("citations/" + i + "/source", claim.citations().get(i).source());
            parts.put("citations/" + i + "/quote", claim.citations().get(i).quote());
        }
        return parts;
    }

    /** Returns a qualifier value as text: an enum's name, {@code true}, or the text itself. */
    static String text(Object value) {
        return value instanceof Enum<?> constant ? constant.name() : value.toString();
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
