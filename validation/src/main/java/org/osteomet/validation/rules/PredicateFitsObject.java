package org.osteomet.validation.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osteomet.content.Located;
import org.osteomet.core.Claim;
import org.osteomet.core.ClaimObject;
import org.osteomet.core.Concept;
import org.osteomet.core.ConceptKind;
import org.osteomet.core.Predicate;
import org.osteomet.core.RangeUnit;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.Severity;

/** A claim's subject, object and qualifiers have the kinds its predicate takes, as docs/vocabulary.md lists. */
@RuleSpec(severity = Severity.ERROR, summary = "A claim's subject, object and qualifiers fit its predicate")
public final class PredicateFitsObject extends Rule {
    private static final Set<ConceptKind> TREATMENTS =
            EnumSet.of(ConceptKind.TREATMENT_CLASS, ConceptKind.DRUG, ConceptKind.PROCEDURE);
    private static final Set<Predicate> TREATMENT_SUBJECT = EnumSet.of(
            Predicate.BRAND_NAME,
            Predicate.ROUTE,
            Predicate.SCHEDULE,
            Predicate.DOSE_COUNT,
            Predicate.SESSION_COUNT,
            Predicate.CONTRAINDICATED_IN,
            Predicate.SAFE_IN,
            Predicate.CAUTION_IN,
            Predicate.WORKS_BETTER_FOR,
            Predicate.WORKS_LESS_WELL_FOR);
    private static final Map<Predicate, Set<ConceptKind>> OBJECT_KINDS = Map.of(
            Predicate.SIDE_EFFECT, EnumSet.of(ConceptKind.SIDE_EFFECT, ConceptKind.CONDITION),
            Predicate.PRECAUTION, EnumSet.of(ConceptKind.PRECAUTION),
            Predicate.DELIVERED_BY, EnumSet.of(ConceptKind.PROVIDER),
            Predicate.CONTRAINDICATED_IN,
                    EnumSet.of(ConceptKind.CONDITION, ConceptKind.SIDE_EFFECT, ConceptKind.FINDING),
            Predicate.SAFE_IN, EnumSet.of(ConceptKind.CONDITION, ConceptKind.SIDE_EFFECT, ConceptKind.FINDING));
    private static final Set<ConceptKind> POPULATIONS = EnumSet.of(ConceptKind.CONDITION, ConceptKind.FINDING);

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Located<Claim> located : context.files().claims()) {
            Claim claim = located.value();
            Predicate predicate = claim.predicate();
            if (claim.object().kind() != predicate.objectKind()) {
                findings.add(finding(
                        context,
                        located,
                        "/object",
                        "predicate " + predicate.id() + " takes a "
                                + label(predicate.objectKind().name()) + " object, not a "
                                + label(claim.object().kind().name())));
                continue;
            }
            Optional<Concept> subject = context.content().concept(claim.subject());
            if (TREATMENT_SUBJECT.contains(predicate)
                    && subject.isPresent()
                    && !TREATMENTS.contains(subject.get().kind())) {
                findings.add(finding(
                        context,
                        located,
                        "/subject",
                        "predicate " + predicate.id() + " needs a treatment, drug or procedure as subject, not a "
                                + label(subject.get().kind().name())));
            }
            Optional<Concept> object =
                    Optional.ofNullable(claim.objectConcept()).flatMap(context.content()::concept);
            Set<ConceptKind> allowed = OBJECT_KINDS.get(predicate);
            if (allowed != null
                    && object.isPresent()
                    && !allowed.contains(object.get().kind())) {
                findings.add(finding(
                        context,
                        located,
                        "/object/concept",
                        "predicate " + predicate.id() + " needs an object of kind " + allowed + ", not "
                                + object.get().kind()));
            }
            if (predicate == Predicate.IS_A
                    && subject.isPresent()
                    && object.isPresent()
                    && TREATMENTS.contains(subject.get().kind())
                            != TREATMENTS.contains(object.get().kind())) {
                findings.add(finding(
                        context,
                        located,
                        "/object/concept",
                        "is-a links a treatment only to a treatment"
                                + " class and anything else only to a non-treatment; "
                                + subject.get().kind() + " is-a "
                                + object.get().kind() + " mixes them"));
            }
            if (claim.object() instanceof ClaimObject.RangeObject range
                    && !unitFits(predicate, range.range().unit())) {
                findings.add(finding(
                        context,
                        located,
                        "/object/range/unit",
                        "predicate " + predicate.id() + " cannot take unit "
                                + range.range().unit()));
            }
            String population = claim.qualifiers().population();
            Optional<Concept> group = Optional.ofNullable(population).flatMap(context.content()::concept);
            if (group.isPresent() && !POPULATIONS.contains(group.get().kind())) {
                findings.add(finding(
                        context,
                        located,
                        "/qualifiers/population",
                        "population must be a condition" + " or finding, not a "
                                + label(group.get().kind().name())));
            }
            boolean comparing = predicate == Predicate.COMPARED_TO;
            if (!comparing
                    && (claim.qualifiers().comparison() != null
                            || claim.qualifiers().aspect() != null)) {
                findings.add(finding(
                        context, located, "/qualifiers", "comparison and aspect belong only to compared-to claims"));
            }
            if (comparing && claim.qualifiers().comparison() == null) {
                findings.add(finding(context, located, "/qualifiers", "a compared-to claim needs a comparison"));
            }
        }
        return findings;
    }

    private static boolean unitFits(Predicate predicate, RangeUnit unit) {
        return switch (predicate) {
            case DOSE_COUNT -> unit == RangeUnit.DOSE;
            case SESSION_COUNT -> unit == RangeUnit.SESSION;
            default -> unit.isTime();
        };
    }

    private static String label(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
