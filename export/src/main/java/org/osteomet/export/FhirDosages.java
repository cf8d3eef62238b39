package org.osteomet.export;

import java.util.List;
import java.util.Map;
import org.osteomet.core.Claim;
import org.osteomet.core.ClaimObject;
import org.osteomet.core.ClaimPredicate;
import org.osteomet.core.Content;
import org.osteomet.core.Range;
import org.osteomet.core.RangeUnit;
import org.osteomet.core.Route;
import tools.jackson.databind.node.ObjectNode;

/**
 * Dosage elements for route, schedule and dose or session count claims, one Dosage per claim.
 *
 * <p>The sources state route and schedule separately, so they stay separate Dosages rather than being combined
 * into one instruction no source gives. Negated claims ("not into a vein") give none. A range without numbers
 * gives text only.
 */
final class FhirDosages {
    /** The predicates that become Dosages, in the order their groups are written. */
    static final List<ClaimPredicate> PREDICATES = List.of(
            ClaimPredicate.ROUTE, ClaimPredicate.SCHEDULE, ClaimPredicate.DOSE_COUNT, ClaimPredicate.SESSION_COUNT);

    private static final Map<Route, String> ROUTES = Map.of(
            Route.INTRAVENOUS, "into a vein (intravenous)",
            Route.SUBCUTANEOUS, "under the skin (subcutaneous)",
            Route.ORAL, "by mouth (oral)",
            Route.INJECTION, "by injection (site not stated)",
            Route.INTRAOSSEOUS, "into the bone (intraosseous)");
    private static final Map<RangeUnit, String> PERIOD_UNITS =
            Map.of(RangeUnit.HOUR, "h", RangeUnit.DAY, "d", RangeUnit.WEEK, "wk", RangeUnit.MONTH, "mo");

    private FhirDosages() {}

    /** Returns the claims about the subject with the predicate that become Dosages. */
    static List<Claim> claims(Content content, String subject, ClaimPredicate predicate) {
        return content.claimsAbout(subject, predicate).stream()
                .filter(c -> !c.qualifiers().negated())
                .toList();
    }

    /** Returns the group's name, used as the dosage type's text. */
    static String groupName(ClaimPredicate predicate) {
        return switch (predicate) {
            case ROUTE -> "route";
            case SCHEDULE -> "schedule";
            case DOSE_COUNT -> "number of doses";
            default -> "number of sessions";
        };
    }

    static ObjectNode dosage(Content content, Claim claim) {
        ObjectNode dosage = Fhir.object();
        String text = claim.object() instanceof ClaimObject.RouteObject route
                ? ROUTES.get(route.route())
                : Statements.object(content, claim);
        List<String> qualifiers = Statements.qualifiers(content, claim.qualifiers());
        dosage.put(
                "text",
                capitalised(text) + (qualifiers.isEmpty() ? "" : " (" + String.join("; ", qualifiers) + ")") + ".");
        if (claim.object() instanceof ClaimObject.RouteObject route) {
            dosage.set("route", Fhir.text(Statements.word(route.route())));
        } else if (claim.object() instanceof ClaimObject.RangeObject r) {
            ObjectNode repeat = repeat(claim.predicate(), r.range());
            if (repeat != null) {
                dosage.putObject("timing").set("repeat", repeat);
            }
        }
        return dosage;
    }

    private static ObjectNode repeat(ClaimPredicate predicate, Range range) {
        Integer min = range.min();
        Integer max = range.max();
        if (min == null || min < 1) {
            // FHIR needs a lower bound of at least one; "up to 4" or "a few" stays in the text.
            return null;
        }
        ObjectNode repeat = Fhir.object();
        if (predicate == ClaimPredicate.SCHEDULE && PERIOD_UNITS.containsKey(range.unit())) {
            repeat.put("frequency", 1);
            repeat.put("period", min.intValue());
            if (max != null && !max.equals(min)) {
                repeat.put("periodMax", max.intValue());
            }
            repeat.put("periodUnit", PERIOD_UNITS.get(range.unit()));
            return repeat;
        }
        if (predicate == ClaimPredicate.DOSE_COUNT || predicate == ClaimPredicate.SESSION_COUNT) {
            repeat.put("count", min.intValue());
            if (max != null && !max.equals(min)) {
                repeat.put("countMax", max.intValue());
            }
            return repeat;
        }
        return null;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
