package org.osteomet.validation.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osteomet.content.internal.Located;
import org.osteomet.core.Claim;
import org.osteomet.core.ClaimObject;
import org.osteomet.core.ClaimPredicate;
import org.osteomet.core.Concept;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.Severity;

/** A brand name names one drug, and a drug's brand names match its {@code brand-name} claims. */
@RuleSpec(severity = Severity.ERROR, summary = "A brand name belongs to one drug and matches its brand-name claims")
public final class BrandNameBelongsToOneDrug extends Rule {
    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Concept> owners = new HashMap<>();
        for (Located<Concept> located : context.files().concepts()) {
            Concept concept = located.value();
            List<String> claimed = context.content().claimsAbout(concept.id(), ClaimPredicate.BRAND_NAME).stream()
                    .map(Claim::object)
                    .filter(ClaimObject.TextObject.class::isInstance)
                    .map(o -> ((ClaimObject.TextObject) o).text())
                    .toList();
            for (int i = 0; i < concept.brandNames().size(); i++) {
                String brand = concept.brandNames().get(i);
                Concept owner = owners.putIfAbsent(brand.toLowerCase(Locale.ROOT), concept);
                if (owner != null && !owner.id().equals(concept.id())) {
                    findings.add(finding(
                            context,
                            located,
                            "/brandNames/" + i,
                            "brand name \"" + brand + "\" is also a brand name of " + owner.id()
                                    + "; a brand names one drug"));
                }
                if (!claimed.contains(brand)) {
                    findings.add(finding(
                            context,
                            located,
                            "/brandNames/" + i,
                            "brand name \"" + brand + "\" has no brand-name claim citing a source"));
                }
            }
        }
        for (Located<Claim> located : context.files().claims()) {
            Claim claim = located.value();
            if (claim.predicate() == ClaimPredicate.BRAND_NAME
                    && claim.object() instanceof ClaimObject.TextObject text) {
                boolean listed = context.content()
                        .concept(claim.subject())
                        .map(c -> c.brandNames().contains(text.text()))
                        .orElse(true);
                if (!listed) {
                    findings.add(finding(
                            context,
                            located,
                            "/object/text",
                            "brand name \"" + text.text() + "\" is claimed but missing from brandNames of "
                                    + claim.subject()));
                }
            }
        }
        return findings;
    }
}
