package org.osteomet.validation.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.osteomet.content.Located;
import org.osteomet.core.Claim;
import org.osteomet.core.ClaimObject;
import org.osteomet.core.Concept;
import org.osteomet.core.ConceptKind;
import org.osteomet.core.Predicate;
import org.osteomet.core.Qualifiers;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.Severity;

/** A claim's subject, object and qualifiers have the kinds its predicate takes, as docs/vocabulary.md lists. */
@RuleSpec(severity = Severity.ERROR, summary = "A claim's subject, object and qualifiers fit its predicate")
public final class PredicateFitsObject extends Rule {
    private static final Set<ConceptKind> POPULATIONS = EnumSet.of(ConceptKind.CONDITION, ConceptKind.FINDING);

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Located<Claim> located : context.files().claims()) {
            Optional<Finding> form = objectHasPredicateForm(context, located);
            if (form.isPresent()) {
                // The other checks read the object as the predicate's form, so one finding is all it gets.
                findings.add(form.get());
                continue;
            }
            Stream.of(
                            subjectIsTreatment(context, located),
                            objectConceptHasAllowedKind(context, located),
                            isALinksLikeWithLike(context, located),
                            rangeHasAllowedUnit(context, located),
                            populationIsConditionOrFinding(context, located),
                            comparisonOnlyOnComparedTo(context, located),
                            comparedToHasComparison(context, located))
                    .flatMap(Optional::stream)
                    .forEach(findings::add);
        }
        return findings;
    }

    private Optional<Finding> objectHasPredicateForm(RuleContext context, Located<Claim> located) {
        Claim claim = located.value();
        Predicate predicate = claim.predicate();
        if (claim.object().kind() == predicate.objectKind()) {
            return Optional.empty();
        }
        return at(
                context,
                located,
                "/object",
                "predicate " + predicate.id() + " takes a " + label(predicate.objectKind()) + " object, not a "
                        + label(claim.object().kind()));
    }

    private Optional<Finding> subjectIsTreatment(RuleContext context, Located<Claim> located) {
        Claim claim = located.value();
        Optional<ConceptKind> subject = kindOf(context, claim.subject());
        if (!claim.predicate().takesTreatmentSubject()
                || subject.isEmpty()
                || subject.get().isTreatment()) {
            return Optional.empty();
        }
        return at(
                context,
                located,
                "/subject",
                "predicate " + claim.predicate().id() + " needs a treatment, drug or procedure as subject, not a "
                        + label(subject.get()));
    }

    private Optional<Finding> objectConceptHasAllowedKind(RuleContext context, Located<Claim> located) {
        Claim claim = located.value();
        Optional<ConceptKind> object = kindOf(context, claim.objectConcept());
        Set<ConceptKind> allowed = claim.predicate().objectConceptKinds();
        if (object.isEmpty() || allowed.contains(object.get())) {
            return Optional.empty();
        }
        return at(
                context,
                located,
                "/object/concept",
                "predicate " + claim.predicate().id() + " needs an object of kind " + allowed + ", not "
                        + object.get());
    }

    private Optional<Finding> isALinksLikeWithLike(RuleContext context, Located<Claim> located) {
        Claim claim = located.value();
        Optional<ConceptKind> subject = kindOf(context, claim.subject());
        Optional<ConceptKind> object = kindOf(context, claim.objectConcept());
        if (claim.predicate() != Predicate.IS_A
                || subject.isEmpty()
                || object.isEmpty()
                || subject.get().isTreatment() == object.get().isTreatment()) {
            return Optional.empty();
        }
        return at(
                context,
                located,
                "/object/concept",
                "is-a links a treatment only to a treatment class and anything else only to a non-treatment; "
                        + subject.get() + " is-a " + object.get() + " mixes them");
    }

    private Optional<Finding> rangeHasAllowedUnit(RuleContext context, Located<Claim> located) {
        Claim claim = located.value();
        if (!(claim.object() instanceof ClaimObject.RangeObject range)
                || claim.predicate().takesUnit(range.range().unit())) {
            return Optional.empty();
        }
        return at(
                context,
                located,
                "/object/range/unit",
                "predicate " + claim.predicate().id() + " cannot take unit "
                        + range.range().unit());
    }

    private Optional<Finding> populationIsConditionOrFinding(RuleContext context, Located<Claim> located) {
        Optional<ConceptKind> population =
                kindOf(context, located.value().qualifiers().population());
        if (population.isEmpty() || POPULATIONS.contains(population.get())) {
            return Optional.empty();
        }
        return at(
                context,
                located,
                "/qualifiers/population",
                "population must be a condition or finding, not a " + label(population.get()));
    }

    private Optional<Finding> comparisonOnlyOnComparedTo(RuleContext context, Located<Claim> located) {
        Qualifiers qualifiers = located.value().qualifiers();
        if (located.value().predicate() == Predicate.COMPARED_TO
                || (qualifiers.comparison() == null && qualifiers.aspect() == null)) {
            return Optional.empty();
        }
        return at(context, located, "/qualifiers", "comparison and aspect belong only to compared-to claims");
    }

    private Optional<Finding> comparedToHasComparison(RuleContext context, Located<Claim> located) {
        if (located.value().predicate() != Predicate.COMPARED_TO
                || located.value().qualifiers().comparison() != null) {
            return Optional.empty();
        }
        return at(context, located, "/qualifiers", "a compared-to claim needs a comparison");
    }

    private Optional<Finding> at(RuleContext context, Located<Claim> located, String pointer, String message) {
        return Optional.of(finding(context, located, pointer, message));
    }

    /** Returns the kind of the concept with the given id; empty if the id is null or names no concept. */
    private static Optional<ConceptKind> kindOf(RuleContext context, String conceptId) {
        return Optional.ofNullable(conceptId)
                .flatMap(context.content()::concept)
                .map(Concept::kind);
    }

    private static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
