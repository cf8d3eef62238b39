package org.osteomet.validation.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.osteomet.content.internal.Located;
import org.osteomet.core.Claim;
import org.osteomet.core.ClaimObject;
import org.osteomet.core.ClaimPredicate;
import org.osteomet.core.Concept;
import org.osteomet.core.ConceptKind;
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
            findings.addAll(new ClaimUnderCheck(context, located).findings());
        }
        return findings;
    }

    /** One claim, with the kinds of the concepts it names looked up once. */
    private final class ClaimUnderCheck {
        private final RuleContext context;
        private final Located<Claim> located;
        private final Claim claim;
        private final ClaimPredicate predicate;
        // Each kind is null where the claim names no concept there, or one the content does not define.
        private final ConceptKind subject;
        private final ConceptKind object;
        private final ConceptKind population;

        ClaimUnderCheck(RuleContext context, Located<Claim> located) {
            this.context = context;
            this.located = located;
            this.claim = located.value();
            this.predicate = claim.predicate();
            this.subject = kindOf(claim.subject());
            this.object = kindOf(claim.objectConcept().orElse(null));
            this.population = kindOf(claim.qualifiers().population());
        }

        List<Finding> findings() {
            Optional<Finding> form = objectHasPredicateForm();
            if (form.isPresent()) {
                // The other checks read the object as the predicate's form, so one finding is all it gets.
                return List.of(form.get());
            }
            return Stream.of(
                            subjectIsTreatment(),
                            objectConceptHasAllowedKind(),
                            isALinksLikeWithLike(),
                            rangeHasAllowedUnit(),
                            populationIsConditionOrFinding(),
                            comparisonOnlyOnComparedTo(),
                            comparedToHasComparison())
                    .flatMap(Optional::stream)
                    .toList();
        }

        private Optional<Finding> objectHasPredicateForm() {
            if (claim.object().kind() == predicate.objectKind()) {
                return Optional.empty();
            }
            return predicateFinding(
                    "/object",
                    "takes a " + label(predicate.objectKind()) + " object, not a "
                            + label(claim.object().kind()));
        }

        private Optional<Finding> subjectIsTreatment() {
            if (!predicate.takesTreatmentSubject() || subject == null || subject.isTreatment()) {
                return Optional.empty();
            }
            return predicateFinding(
                    "/subject", "needs a treatment, drug or procedure as subject, not a " + label(subject));
        }

        private Optional<Finding> objectConceptHasAllowedKind() {
            Set<ConceptKind> allowed = predicate.objectConceptKinds();
            if (object == null || allowed.contains(object)) {
                return Optional.empty();
            }
            return predicateFinding("/object/concept", "needs an object of kind " + allowed + ", not " + object);
        }

        private Optional<Finding> isALinksLikeWithLike() {
            if (predicate != ClaimPredicate.IS_A
                    || subject == null
                    || object == null
                    || subject.isTreatment() == object.isTreatment()) {
                return Optional.empty();
            }
            return finding(
                    "/object/concept",
                    "is-a links a treatment only to a treatment class and anything else only to a non-treatment; "
                            + subject + " is-a " + object + " mixes them");
        }

        private Optional<Finding> rangeHasAllowedUnit() {
            if (!(claim.object() instanceof ClaimObject.RangeObject range)
                    || predicate.takesUnit(range.range().unit())) {
                return Optional.empty();
            }
            return predicateFinding(
                    "/object/range/unit", "cannot take unit " + range.range().unit());
        }

        private Optional<Finding> populationIsConditionOrFinding() {
            if (population == null || POPULATIONS.contains(population)) {
                return Optional.empty();
            }
            return finding(
                    "/qualifiers/population", "population must be a condition or finding, not a " + label(population));
        }

        private Optional<Finding> comparisonOnlyOnComparedTo() {
            Qualifiers qualifiers = claim.qualifiers();
            if (predicate == ClaimPredicate.COMPARED_TO
                    || (qualifiers.comparison() == null && qualifiers.aspect() == null)) {
                return Optional.empty();
            }
            return finding("/qualifiers", "comparison and aspect belong only to compared-to claims");
        }

        private Optional<Finding> comparedToHasComparison() {
            if (predicate != ClaimPredicate.COMPARED_TO || claim.qualifiers().comparison() != null) {
                return Optional.empty();
            }
            return finding("/qualifiers", "a compared-to claim needs a comparison");
        }

        /** Returns a finding whose message goes on from {@code predicate <id> }. */
        private Optional<Finding> predicateFinding(String pointer, String rest) {
            return finding(pointer, "predicate " + predicate.id() + " " + rest);
        }

        private Optional<Finding> finding(String pointer, String message) {
            return Optional.of(PredicateFitsObject.this.finding(context, located, pointer, message));
        }

        /** Returns the kind of the concept with the given id, or {@code null} if the id is null or unknown. */
        private ConceptKind kindOf(String conceptId) {
            return Optional.ofNullable(conceptId)
                    .flatMap(context.content()::concept)
                    .map(Concept::kind)
                    .orElse(null);
        }
    }

    private static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
