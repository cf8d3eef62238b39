package org.osteomet.export;

import java.util.ArrayList;
import java.util.List;
import org.osteomet.core.Claim;
import org.osteomet.core.ClaimObject;
import org.osteomet.core.ClaimPredicate;
import org.osteomet.core.ClaimStatus;
import org.osteomet.core.Concept;
import org.osteomet.core.Content;
import org.osteomet.core.Labelled;
import org.osteomet.core.Qualifiers;
import org.osteomet.core.Range;
import org.osteomet.core.RangeUnit;

/** Plain-English renderings of claims and ranges for narratives; never parsed back. */
final class Statements {
    private Statements() {}

    /** Returns the concept's name, or its id if the content lacks it. */
    static String name(Content content, String conceptId) {
        return content.concept(conceptId).map(Concept::name).orElse(conceptId);
    }

    /**
     * Returns the claim as one line, such as {@code denosumab — side effect: nausea (frequency: common)}; a disputed
     * claim starts with {@code disputed:}.
     */
    static String claim(Content content, Claim claim) {
        String predicate = claim.predicate().label();
        StringBuilder out = new StringBuilder();
        if (content.status(claim) == ClaimStatus.DISPUTED) {
            out.append("disputed: ");
        }
        out.append(name(content, claim.subject())).append(" — ");
        out.append(claim.qualifiers().negated() ? "not " + predicate : predicate)
                .append(": ");
        out.append(object(content, claim));
        List<String> qualifiers = qualifiers(content, claim.qualifiers());
        if (!qualifiers.isEmpty()) {
            out.append(" (").append(String.join("; ", qualifiers)).append(')');
        }
        return out.toString();
    }

    /** Returns the claim's object in words. */
    static String object(Content content, Claim claim) {
        ClaimObject object = claim.object();
        if (object instanceof ClaimObject.ConceptObject c) {
            return name(content, c.concept());
        } else if (object instanceof ClaimObject.TextObject t) {
            return t.text();
        } else if (object instanceof ClaimObject.RouteObject r) {
            return word(r.route());
        }
        Range range = ((ClaimObject.RangeObject) object).range();
        return claim.predicate() == ClaimPredicate.SCHEDULE ? interval(range) : amount(range);
    }

    /** Returns the qualifiers in words, such as {@code hedge: may}; {@code negated} is said by the predicate. */
    static List<String> qualifiers(Content content, Qualifiers q) {
        List<String> out = new ArrayList<>();
        q.stated().forEach((field, value) -> {
            switch (field) {
                case NEGATED -> {}
                case POPULATION -> out.add("for people with " + name(content, (String) value));
                case NOTE -> out.add((String) value);
                default -> out.add(field.wireName() + ": " + words(content, field, value));
            }
        });
        return out;
    }

    private static String words(Content content, Qualifiers.Field field, Object value) {
        return switch (field.form()) {
            case ENUM -> word((Labelled) value);
            case CONCEPT_ID -> name(content, (String) value);
            case FLAG, TEXT -> value.toString();
        };
    }

    /** Returns an interval such as {@code every 3 to 4 weeks}. */
    static String interval(Range range) {
        if (range.min() == null && range.max() == null) {
            return "at intervals of " + plural(range.unit()) + " (number not stated)";
        }
        return "every " + amount(range);
    }

    /** Returns an amount such as {@code 5 to 10 sessions} or {@code 1 dose}. */
    static String amount(Range range) {
        Integer min = range.min();
        Integer max = range.max();
        if (min == null && max == null) {
            return plural(range.unit()) + " (number not stated)";
        }
        if (min == null) {
            return "at most " + max + " " + unit(range.unit(), max);
        }
        if (max == null) {
            return "at least " + min + " " + unit(range.unit(), min);
        }
        if (min.equals(max)) {
            return min + " " + unit(range.unit(), min);
        }
        return min + " to " + max + " " + plural(range.unit());
    }

    private static String unit(RangeUnit unit, int count) {
        return count == 1 ? word(unit) : plural(unit);
    }

    private static String plural(RangeUnit unit) {
        return word(unit) + "s";
    }

    /** Returns a value's display label: {@code LESS_COMMON} becomes {@code less common}. */
    static String word(Labelled value) {
        return value.label();
    }
}
