package org.osteomet.validation.rules;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osteomet.content.internal.Located;
import org.osteomet.core.Concept;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.Severity;

/**
 * A concept lists each of its names once: its name, brand names and synonyms differ after Unicode NFC
 * normalisation, so that {@code "é"} and {@code "e\u0301"} are one name. Case is kept: {@code "Zometa"} and
 * {@code "zometa"} are two spellings a source may both use.
 */
@RuleSpec(
        severity = Severity.ERROR,
        summary = "A concept's name, brand names and synonyms differ after NFC normalisation")
public final class NoDuplicateNames extends Rule {
    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Located<Concept> located : context.files().concepts()) {
            Concept concept = located.value();
            Map<String, String> seen = new HashMap<>();
            seen.put(nfc(concept.name()), "/name");
            check(context, located, "/brandNames", concept.brandNames(), seen, findings);
            check(context, located, "/synonyms", concept.synonyms(), seen, findings);
        }
        return findings;
    }

    private void check(
            RuleContext context,
            Located<Concept> located,
            String pointer,
            List<String> names,
            Map<String, String> seen,
            List<Finding> findings) {
        for (int i = 0; i < names.size(); i++) {
            String at = pointer + "/" + i;
            String first = seen.putIfAbsent(nfc(names.get(i)), at);
            if (first != null) {
                findings.add(finding(
                        context,
                        located,
                        at,
                        "\"" + names.get(i) + "\" is the same name as " + located.pointer() + first
                                + " after Unicode NFC normalisation; list each name once"));
            }
        }
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
