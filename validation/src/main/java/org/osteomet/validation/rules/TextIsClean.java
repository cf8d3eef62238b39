package org.osteomet.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.osteomet.content.internal.Located;
import org.osteomet.core.Adjudication;
import org.osteomet.core.Citation;
import org.osteomet.core.Claim;
import org.osteomet.core.ClaimObject;
import org.osteomet.core.Concept;
import org.osteomet.core.Coverage;
import org.osteomet.core.Source;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.Severity;

/**
 * Every text field holds only characters a reader can see: no control characters, no lone surrogates, and
 * outside verbatim quotes no bidi controls or invisible format characters.
 *
 * <p>Quotes and rationales may hold line breaks and tabs, since they come from multi-line snapshots or
 * prose; quotes and stated dates may hold invisible characters, since they must match the snapshot verbatim.
 */
@RuleSpec(severity = Severity.ERROR, summary = "Text holds no control characters, lone surrogates or hidden characters")
public final class TextIsClean extends Rule {

    /** What a field may hold beyond visible characters. */
    private enum Field {
        /** A name or one-line text shown to readers: nothing hidden. */
        LINE(false, false),
        /** Prose written by an editor: line breaks and tabs, nothing hidden. */
        PROSE(true, false),
        /** A one-line span copied from a snapshot: whatever the snapshot holds, but no line breaks. */
        VERBATIM_LINE(false, true),
        /** A span copied from a snapshot: line breaks, tabs and whatever the snapshot holds. */
        VERBATIM(true, true);

        final boolean breaks;
        final boolean hidden;

        Field(boolean breaks, boolean hidden) {
            this.breaks = breaks;
            this.hidden = hidden;
        }
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Located<Source> located : context.files().sources()) {
            Source source = located.value();
            check(context, located, "/publisher", source.publisher(), Field.LINE, findings);
            check(context, located, "/title", source.title(), Field.LINE, findings);
            check(context, located, "/dateAsStated", source.dateAsStated(), Field.VERBATIM_LINE, findings);
            checkAll(context, located, "/experts", source.experts(), findings);
        }
        for (Located<Concept> located : context.files().concepts()) {
            Concept concept = located.value();
            check(context, located, "/name", concept.name(), Field.LINE, findings);
            checkAll(context, located, "/brandNames", concept.brandNames(), findings);
            checkAll(context, located, "/synonyms", concept.synonyms(), findings);
        }
        for (Located<Claim> located : context.files().claims()) {
            Claim claim = located.value();
            if (claim.object() instanceof ClaimObject.TextObject text) {
                check(context, located, "/object/text", text.text(), Field.LINE, findings);
            }
            check(context, located, "/qualifiers/aspect", claim.qualifiers().aspect(), Field.LINE, findings);
            check(context, located, "/qualifiers/note", claim.qualifiers().note(), Field.LINE, findings);
            checkQuotes(context, located, claim.citations(), findings);
        }
        for (Located<Adjudication> located : context.files().adjudications()) {
            check(context, located, "/rationale", located.value().rationale(), Field.PROSE, findings);
        }
        for (Located<Coverage> located : context.files().coverage()) {
            checkQuotes(context, located, located.value().citations(), findings);
        }
        return findings;
    }

    private void checkAll(
            RuleContext context, Located<?> located, String pointer, List<String> values, List<Finding> findings) {
        for (int i = 0; i < values.size(); i++) {
            check(context, located, pointer + "/" + i, values.get(i), Field.LINE, findings);
        }
    }

    private void checkQuotes(
            RuleContext context, Located<?> located, List<Citation> citations, List<Finding> findings) {
        for (int i = 0; i < citations.size(); i++) {
            check(
                    context,
                    located,
                    "/citations/" + i + "/quote",
                    citations.get(i).quote(),
                    Field.VERBATIM,
                    findings);
        }
    }

    private void check(
            RuleContext context, Located<?> located, String pointer, String text, Field field, List<Finding> findings) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String what = problem(cp, field);
            if (what != null) {
                findings.add(finding(
                        context,
                        located,
                        pointer,
                        String.format(
                                Locale.ROOT,
                                "text contains U+%04X, %s, at character %d; remove it",
                                cp,
                                what,
                                text.codePointCount(0, i) + 1)));
                return;
            }
            i += Character.charCount(cp);
        }
    }

    /** Returns the class of a character the field may not hold, or {@code null} if it may hold it. */
    private static String problem(int cp, Field field) {
        if (Character.getType(cp) == Character.SURROGATE) {
            return "a lone surrogate";
        }
        if (Character.getType(cp) == Character.CONTROL) {
            return field.breaks && (cp == '\n' || cp == '\t') ? null : "a control character";
        }
        if (field.hidden) {
            return null;
        }
        if (isBidiControl(cp)) {
            return "a bidi control";
        }
        if (Character.getType(cp) == Character.FORMAT) {
            return "an invisible format character";
        }
        return null;
    }

    private static boolean isBidiControl(int cp) {
        return cp == 0x061C
                || cp == 0x200E
                || cp == 0x200F
                || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069);
    }
}
