package org.osteomet.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.osteomet.core.Adjudication;
import org.osteomet.core.Citation;
import org.osteomet.core.Claim;
import org.osteomet.core.ClaimObject;
import org.osteomet.core.ClaimPredicate;
import org.osteomet.core.Concept;
import org.osteomet.core.ConceptKind;
import org.osteomet.core.Content;
import org.osteomet.core.Decision;
import org.osteomet.core.Qualifiers;
import org.osteomet.core.Range;
import org.osteomet.core.RangeUnit;
import org.osteomet.core.Route;
import org.osteomet.core.Source;

/** Seeded random content whose texts are full of what breaks CSV, JSON and XHTML writers. */
final class GeneratedContent {
    /** Pieces a generated text is made of: formula triggers, quotes, separators, line breaks and non-ASCII. */
    static final List<String> PIECES = List.of(
            "a",
            "Z",
            "7",
            " ",
            ",",
            ";",
            "\"",
            "'",
            "=",
            "+",
            "-",
            "@",
            "\t",
            "\r",
            "\n",
            "\r\n",
            "=SUM(A1)",
            "=HYPERLINK(\"http://x\")",
            "é",
            "®",
            "—",
            "\u00a0",
            "“",
            "”",
            "😀",
            "中",
            "<b>",
            "&amp;",
            "\\",
            "/",
            "~",
            "{jakarta.validation.constraints.NotNull.message}",
            "${1+1}",
            "[\"x\"]",
            "null",
            "#",
            "0");

    private final Random random;

    private GeneratedContent(long seed) {
        this.random = new Random(seed);
    }

    static Content of(long seed) {
        return new GeneratedContent(seed).content();
    }

    private Content content() {
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            boolean dated = random.nextBoolean();
            sources.add(new Source(
                    "source-" + i,
                    text(),
                    text(),
                    dated ? text() : null,
                    dated
                            ? LocalDate.of(1990 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28))
                            : null,
                    texts(3),
                    "snapshots/source-" + i + ".txt",
                    "%064x".formatted(random.nextLong() & Long.MAX_VALUE)));
        }
        List<Concept> concepts = new ArrayList<>();
        for (int i = 0; i < 2 + random.nextInt(6); i++) {
            concepts.add(new Concept("concept-" + i, pick(ConceptKind.values()), text(), texts(2), texts(2)));
        }
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(12); i++) {
            ClaimPredicate predicate = pick(ClaimPredicate.values());
            List<Citation> citations = new ArrayList<>();
            for (int c = 0; c < 1 + random.nextInt(3); c++) {
                citations.add(
                        new Citation(sources.get(random.nextInt(sources.size())).id(), text()));
            }
            claims.add(new Claim(
                    "claim-" + i,
                    concepts.get(random.nextInt(concepts.size())).id(),
                    predicate,
                    object(predicate, concepts),
                    qualifiers(concepts),
                    citations));
        }
        List<Adjudication> adjudications = new ArrayList<>();
        if (claims.size() >= 2 && random.nextBoolean()) {
            List<String> ids = List.of(claims.get(0).id(), claims.get(1).id());
            boolean prefer = random.nextBoolean();
            adjudications.add(new Adjudication(
                    "adjudication-0",
                    ids,
                    prefer ? Decision.PREFER : Decision.KEEP_ALL,
                    prefer ? ids.get(1) : null,
                    text()));
        }
        return Content.of(sources, concepts, claims, adjudications);
    }

    private ClaimObject object(ClaimPredicate predicate, List<Concept> concepts) {
        return switch (predicate.objectKind()) {
            case CONCEPT ->
                new ClaimObject.ConceptObject(
                        concepts.get(random.nextInt(concepts.size())).id());
            case TEXT -> new ClaimObject.TextObject(text());
            case ROUTE -> new ClaimObject.RouteObject(pick(Route.values()));
            case RANGE -> {
                Integer min = random.nextBoolean() ? random.nextInt(5) : null;
                Integer max = random.nextBoolean() ? (min == null ? 0 : min) + random.nextInt(5) : null;
                yield new ClaimObject.RangeObject(new Range(min, max, pick(RangeUnit.values())));
            }
        };
    }

    private Qualifiers qualifiers(List<Concept> concepts) {
        if (random.nextInt(3) == 0) {
            return Qualifiers.NONE;
        }
        Map<Qualifiers.Field, Object> values = new EnumMap<>(Qualifiers.Field.class);
        for (Qualifiers.Field field : Qualifiers.Field.ALL) {
            if (random.nextBoolean()) {
                values.put(
                        field,
                        switch (field.form()) {
                            case ENUM ->
                                field.constants()
                                        .get(random.nextInt(field.constants().size()));
                            case FLAG -> Boolean.TRUE;
                            case CONCEPT_ID ->
                                concepts.get(random.nextInt(concepts.size())).id();
                            case TEXT -> text();
                        });
            }
        }
        return Qualifiers.of(values);
    }

    private List<String> texts(int max) {
        List<String> texts = new ArrayList<>();
        for (int i = random.nextInt(max + 1); i > 0; i--) {
            texts.add(text());
        }
        return texts;
    }

    /** Returns a text that is never blank, as every osteomet text must be. */
    String text() {
        StringBuilder text = new StringBuilder();
        for (int i = 1 + random.nextInt(6); i > 0; i--) {
            text.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return text.toString().isBlank() ? text + "x" : text.toString();
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
