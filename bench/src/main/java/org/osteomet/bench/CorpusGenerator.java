package org.osteomet.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a synthetic content folder that passes every rule, with an exact number of claims and of real conflicts.
 *
 * <p>The folder has the layout of the shipped content: about one treatment file per 50 claims, one source and
 * snapshot per 100 claims, and pools of side effects, conditions and outcomes that grow with the size. Every
 * claim quotes a sentence of its source's snapshot. Each non-class treatment also carries one decoy: two
 * claims that look opposed but are compatible (different populations, a frequency hedge, or overlapping
 * schedules), so that a validator reporting them would be caught out. Injected conflicts are, in turn, a
 * treatment both safe in and contraindicated in a condition, a side effect both stated and denied, and a
 * schedule that cannot overlap the treatment's usual one.
 */
public final class CorpusGenerator {
    static final int CLAIMS_PER_TREATMENT = 50;
    static final int CLAIMS_PER_SOURCE = 100;
    static final String DATE = "2026-06-01";
    static final String DATE_AS_STATED = "Reviewed on June 1, 2026";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final String[] ROUTES = {"INTRAVENOUS", "SUBCUTANEOUS", "ORAL", "INJECTION"};
    private static final String[] FREQUENCIES = {"MOST_COMMON", "COMMON", "LESS_COMMON"};
    private static final String[] HEDGES = {"MAY", "CAN", "MIGHT", "OFTEN"};
    // Fillers use pool offsets below this; decoys and injections use the two above it, so none collide.
    private static final int RESERVED = 60;

    private final CorpusSpec spec;
    private final Random random;
    private final int treatments;
    private final Pool sideEffects;
    private final Pool conditions;
    private final Pool outcomes;
    private final List<StringBuilder> snapshots = new ArrayList<>();
    private final List<InjectedConflict> injected = new ArrayList<>();
    private int claimCount;

    private CorpusGenerator(CorpusSpec spec) {
        this.spec = spec;
        this.random = new Random(spec.seed());
        this.treatments = Math.max(4, ceilDiv(spec.claims(), CLAIMS_PER_TREATMENT));
        this.sideEffects = new Pool("SIDE_EFFECT", "side-effect", Math.max(64, spec.claims() / 200));
        this.conditions = new Pool("CONDITION", "condition", Math.max(64, spec.claims() / 200));
        this.outcomes = new Pool("OUTCOME", "outcome", Math.max(64, spec.claims() / 500));
        int sources = Math.max(1, ceilDiv(spec.claims(), CLAIMS_PER_SOURCE));
        for (int s = 0; s < sources; s++) {
            snapshots.add(new StringBuilder("Generated article " + s + " for benchmarks\n" + DATE_AS_STATED
                    + "\n\nEvery sentence below is synthetic; it exists so that claims have something to quote.\n"));
        }
    }

    /**
     * Writes a corpus into a folder that does not exist yet or is empty.
     *
     * @param spec what to write; not null
     * @param out the folder; not null
     * @return what was written, with the injected conflicts
     * @throws IllegalArgumentException if the folder is not empty or the spec asks for more conflicts than fit
     * @throws UncheckedIOException if a file cannot be written
     */
    public static GeneratedCorpus generate(CorpusSpec spec, Path out) {
        requireEmpty(out);
        return new CorpusGenerator(spec).write(out);
    }

    private GeneratedCorpus write(Path out) {
        List<Integer> nonClasses = new ArrayList<>();
        for (int t = 0; t < treatments; t++) {
            if (!isClass(t)) {
                nonClasses.add(t);
            }
        }
        if (spec.conflicts() > nonClasses.size()) {
            throw new IllegalArgumentException("at most " + nonClasses.size() + " conflicts fit in " + spec.claims()
                    + " claims, not " + spec.conflicts());
        }
        boolean[] conflicted = new boolean[treatments];
        for (int k = 0; k < spec.conflicts(); k++) {
            conflicted[nonClasses.get((int) ((long) k * nonClasses.size() / spec.conflicts()))] = true;
        }
        List<List<ObjectNode>> fixed = new ArrayList<>();
        int fixedTotal = 0;
        int conflictIndex = 0;
        for (int t = 0; t < treatments; t++) {
            List<ObjectNode> claims = fixedClaims(t, conflicted[t] ? conflictIndex++ : -1);
            fixed.add(claims);
            fixedTotal += claims.size();
        }
        if (fixedTotal > spec.claims()) {
            throw new IllegalArgumentException(spec.claims() + " claims are too few for " + spec.conflicts()
                    + " conflicts; the fixed claims alone number " + fixedTotal);
        }
        int fillers = spec.claims() - fixedTotal;
        try {
            Files.createDirectories(out.resolve("treatments"));
            Files.createDirectories(out.resolve("concepts"));
            Files.createDirectories(out.resolve("snapshots"));
            for (int t = 0; t < treatments; t++) {
                List<ObjectNode> claims = new ArrayList<>(fixed.get(t));
                int quota = fillers / treatments + (t < fillers % treatments ? 1 : 0);
                claims.addAll(fillerClaims(t, quota));
                ObjectNode file = NODES.objectNode();
                file.set("concept", treatmentConcept(t));
                file.set("claims", NODES.arrayNode().addAll(claims));
                writeJson(out.resolve("treatments").resolve(treatmentId(t) + ".json"), file);
            }
            for (Pool pool : List.of(sideEffects, conditions, outcomes)) {
                writeConcepts(out.resolve("concepts").resolve(pool.prefix() + "s.json"), pool);
            }
            writeJson(out.resolve("adjudications.json"), NODES.objectNode().set("adjudications", NODES.arrayNode()));
            writeSources(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int concepts = treatments + sideEffects.size() + conditions.size() + outcomes.size();
        return new GeneratedCorpus(claimCount, concepts, snapshots.size(), injected);
    }

    private List<ObjectNode> fixedClaims(int t, int conflict) {
        List<ObjectNode> claims = new ArrayList<>();
        String id = treatmentId(t);
        String name = treatmentName(t);
        if (isClass(t)) {
            claims.add(claim(
                    id + "-definition",
                    id,
                    "definition",
                    text("a group of generated treatments"),
                    null,
                    "A " + name + " is a group of generated treatments."));
            return claims;
        }
        String parent = treatmentId(t - t % 10);
        claims.add(claim(
                id + "-is-a-" + parent,
                id,
                "is-a",
                concept(parent),
                null,
                capital(name) + " is a kind of " + treatmentName(t - t % 10) + "."));
        String route = ROUTES[random.nextInt(ROUTES.length)];
        claims.add(claim(
                id + "-route-" + route.toLowerCase(java.util.Locale.ROOT),
                id,
                "route",
                NODES.objectNode().put("route", route),
                null,
                capital(name) + " is given by route " + route.toLowerCase(java.util.Locale.ROOT) + "."));
        int min = 1 + random.nextInt(4);
        int max = 4 + random.nextInt(5);
        claims.add(claim(
                id + "-schedule",
                id,
                "schedule",
                range(min, max, "WEEK"),
                null,
                capital(name) + "\u2019s usual schedule is every " + min + " to " + max + " weeks."));
        claims.addAll(decoy(t));
        if (conflict >= 0) {
            claims.addAll(injection(t, conflict));
        }
        return claims;
    }

    /** Two claims that look opposed but are compatible; a validator that reports them is wrong. */
    private List<ObjectNode> decoy(int t) {
        String id = treatmentId(t);
        String name = capital(treatmentName(t));
        int offset = offset(t);
        switch (t % 3) {
            case 0 -> {
                String condition = conditions.id(offset + RESERVED);
                String young = conditions.id(offset + RESERVED + 2);
                String old = conditions.id(offset + RESERVED + 3);
                return List.of(
                        claim(
                                id + "-safe-in-" + condition,
                                id,
                                "safe-in",
                                concept(condition),
                                NODES.objectNode().put("population", young),
                                name + " is safe in " + conditions.name(offset + RESERVED) + " for people with "
                                        + conditions.name(offset + RESERVED + 2) + "."),
                        claim(
                                id + "-contraindicated-in-" + condition,
                                id,
                                "contraindicated-in",
                                concept(condition),
                                NODES.objectNode().put("population", old),
                                name + " should not be used in " + conditions.name(offset + RESERVED)
                                        + " for people with " + conditions.name(offset + RESERVED + 3) + "."));
            }
            case 1 -> {
                String effect = sideEffects.id(offset + RESERVED);
                return List.of(
                        claim(
                                id + "-side-effect-" + effect,
                                id,
                                "side-effect",
                                concept(effect),
                                NODES.objectNode().put("hedge", "SOMETIMES"),
                                name + " sometimes causes " + sideEffects.name(offset + RESERVED) + "."),
                        claim(
                                id + "-no-side-effect-" + effect,
                                id,
                                "side-effect",
                                concept(effect),
                                NODES.objectNode().put("negated", true),
                                name + " does not cause " + sideEffects.name(offset + RESERVED) + " in most people."));
            }
            default -> {
                return List.of(claim(
                        id + "-schedule-28-days",
                        id,
                        "schedule",
                        range(28, 28, "DAY"),
                        null,
                        name + " can also be given every 28 days."));
            }
        }
    }

    /** Two claims that cannot both hold, or one that cannot hold with the treatment's usual schedule. */
    private List<ObjectNode> injection(int t, int conflict) {
        String id = treatmentId(t);
        String name = capital(treatmentName(t));
        int offset = offset(t);
        List<ObjectNode> claims = new ArrayList<>();
        switch (conflict % 3) {
            case 0 -> {
                String condition = conditions.id(offset + RESERVED + 1);
                String label = conditions.name(offset + RESERVED + 1);
                claims.add(claim(
                        id + "-safe-in-" + condition,
                        id,
                        "safe-in",
                        concept(condition),
                        null,
                        name + " is safe for people with " + label + "."));
                claims.add(claim(
                        id + "-contraindicated-in-" + condition,
                        id,
                        "contraindicated-in",
                        concept(condition),
                        null,
                        name + " must not be given to people with " + label + "."));
            }
            case 1 -> {
                String effect = sideEffects.id(offset + RESERVED + 1);
                String label = sideEffects.name(offset + RESERVED + 1);
                claims.add(claim(
                        id + "-side-effect-" + effect,
                        id,
                        "side-effect",
                        concept(effect),
                        null,
                        name + " causes " + label + "."));
                claims.add(claim(
                        id + "-no-side-effect-" + effect,
                        id,
                        "side-effect",
                        concept(effect),
                        NODES.objectNode().put("negated", true),
                        name + " never causes " + label + "."));
            }
            default ->
                claims.add(claim(
                        id + "-schedule-26-weeks",
                        id,
                        "schedule",
                        range(26, 26, "WEEK"),
                        null,
                        name + " is given only once every 26 weeks."));
        }
        List<String> ids = claims.stream().map(c -> c.get("id").asString()).toList();
        injected.add(new InjectedConflict(id, ids));
        return claims;
    }

    private List<ObjectNode> fillerClaims(int t, int quota) {
        List<ObjectNode> claims = new ArrayList<>();
        Set<String> used = new HashSet<>();
        String id = treatmentId(t);
        String name = capital(treatmentName(t));
        int offset = offset(t);
        int kinds = isClass(t) ? 2 : 4;
        for (int c = 0; claims.size() < quota; c++) {
            int slot = c / kinds;
            if (slot >= RESERVED) {
                throw new IllegalStateException("treatment " + id + " cannot hold " + quota + " filler claims");
            }
            switch (isClass(t) ? c % kinds + 1 : c % kinds) {
                case 0 -> {
                    String effect = sideEffects.id(offset + slot);
                    ObjectNode qualifiers = NODES.objectNode();
                    if (random.nextBoolean()) {
                        qualifiers.put("frequency", FREQUENCIES[random.nextInt(FREQUENCIES.length)]);
                    }
                    String hedge = HEDGES[random.nextInt(HEDGES.length)];
                    qualifiers.put("hedge", hedge);
                    add(
                            claims,
                            used,
                            claim(
                                    id + "-side-effect-" + effect,
                                    id,
                                    "side-effect",
                                    concept(effect),
                                    qualifiers,
                                    name + " " + hedge.toLowerCase(java.util.Locale.ROOT) + " cause "
                                            + sideEffects.name(offset + slot) + "."));
                }
                case 1 -> {
                    String condition = conditions.id(offset + slot);
                    add(
                            claims,
                            used,
                            claim(
                                    id + "-indicated-for-" + condition,
                                    id,
                                    "indicated-for",
                                    concept(condition),
                                    null,
                                    name + " treats " + conditions.name(offset + slot) + "."));
                }
                case 2 -> {
                    String outcome = outcomes.id(offset + slot);
                    add(
                            claims,
                            used,
                            claim(
                                    id + "-benefit-" + outcome,
                                    id,
                                    "benefit",
                                    concept(outcome),
                                    random.nextInt(3) == 0 ? NODES.objectNode().put("hedge", "MAY") : null,
                                    name + " helps with " + outcomes.name(offset + slot) + "."));
                }
                default -> {
                    int other = (t + 1 + slot) % treatments;
                    if (other != t) {
                        add(
                                claims,
                                used,
                                claim(
                                        id + "-used-with-" + treatmentId(other),
                                        id,
                                        "used-with",
                                        concept(treatmentId(other)),
                                        null,
                                        name + " is often combined with " + treatmentName(other) + "."));
                    }
                }
            }
        }
        return claims;
    }

    private static void add(List<ObjectNode> claims, Set<String> used, ObjectNode claim) {
        if (used.add(claim.get("id").asString())) {
            claims.add(claim);
        }
    }

    private ObjectNode claim(
            String id, String subject, String predicate, ObjectNode object, ObjectNode qualifiers, String sentence) {
        int source = claimCount++ % snapshots.size();
        snapshots.get(source).append(sentence).append('\n');
        ObjectNode claim = NODES.objectNode();
        claim.put("id", id);
        claim.put("subject", subject);
        claim.put("predicate", predicate);
        claim.set("object", object);
        if (qualifiers != null && !qualifiers.isEmpty()) {
            claim.set("qualifiers", qualifiers);
        }
        ArrayNode citations = NODES.arrayNode();
        citations.add(NODES.objectNode().put("source", sourceId(source)).put("quote", sentence));
        claim.set("citations", citations);
        return claim;
    }

    private ObjectNode treatmentConcept(int t) {
        return conceptNode(
                treatmentId(t), isClass(t) ? "TREATMENT_CLASS" : t % 2 == 1 ? "DRUG" : "PROCEDURE", treatmentName(t));
    }

    private static ObjectNode conceptNode(String id, String kind, String name) {
        ObjectNode concept = NODES.objectNode();
        concept.put("id", id);
        concept.put("kind", kind);
        concept.put("name", name);
        concept.set("brandNames", NODES.arrayNode());
        concept.set("synonyms", NODES.arrayNode());
        return concept;
    }

    private static void writeConcepts(Path file, Pool pool) throws IOException {
        ArrayNode concepts = NODES.arrayNode();
        for (int i = 0; i < pool.size(); i++) {
            concepts.add(conceptNode(pool.id(i), pool.kind(), pool.name(i)));
        }
        ObjectNode root = NODES.objectNode();
        root.set("concepts", concepts);
        root.set("claims", NODES.arrayNode());
        writeJson(file, root);
    }

    private void writeSources(Path out) throws IOException {
        ArrayNode sources = NODES.arrayNode();
        for (int s = 0; s < snapshots.size(); s++) {
            byte[] text = snapshots.get(s).toString().getBytes(StandardCharsets.UTF_8);
            Files.write(out.resolve("snapshots").resolve(sourceId(s) + ".txt"), text);
            ObjectNode source = NODES.objectNode();
            source.put("id", sourceId(s));
            source.put("publisher", "osteomet benchmark generator");
            source.put("title", "Generated article " + s + " for benchmarks");
            source.put("dateAsStated", DATE_AS_STATED);
            source.put("date", DATE);
            source.set("experts", NODES.arrayNode());
            source.put("snapshot", "snapshots/" + sourceId(s) + ".txt");
            source.put("sha256", sha256(text));
            sources.add(source);
        }
        writeJson(out.resolve("sources.json"), NODES.objectNode().set("sources", sources));
    }

    private static void writeJson(Path file, ObjectNode root) throws IOException {
        Files.write(file, JSON.writeValueAsBytes(root));
    }

    private int offset(int t) {
        // A per-treatment start in each pool spreads references over the pools deterministically.
        return (int) ((t * 7919L) % Math.min(sideEffects.size(), Math.min(conditions.size(), outcomes.size())));
    }

    private static boolean isClass(int t) {
        return t % 10 == 0;
    }

    private static String treatmentId(int t) {
        return (isClass(t) ? "class-" : t % 2 == 1 ? "drug-" : "procedure-") + pad(t);
    }

    private static String treatmentName(int t) {
        return (isClass(t) ? "treatment class " : t % 2 == 1 ? "drug " : "procedure ") + pad(t);
    }

    /**
     * The concepts of one kind that claims refer to: {@code side-effect-000000} to the pool's size, named
     * {@code side effect 000000}; a number past the end wraps around.
     *
     * @param kind the concept kind as the content files write it
     * @param prefix the ids' prefix
     * @param size how many concepts there are
     */
    private record Pool(String kind, String prefix, int size) {
        String id(int i) {
            return prefix + "-" + pad(i % size);
        }

        String name(int i) {
            return prefix.replace('-', ' ') + " " + pad(i % size);
        }
    }

    private static String sourceId(int s) {
        return "source-" + pad(s);
    }

    private static ObjectNode concept(String id) {
        return NODES.objectNode().put("concept", id);
    }

    private static ObjectNode text(String text) {
        return NODES.objectNode().put("text", text);
    }

    private static ObjectNode range(int min, int max, String unit) {
        ObjectNode range = NODES.objectNode().put("min", min).put("max", max).put("unit", unit);
        return NODES.objectNode().set("range", range);
    }

    private static String capital(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String pad(int n) {
        return String.format(java.util.Locale.ROOT, "%06d", n);
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void requireEmpty(Path out) {
        if (!Files.exists(out)) {
            return;
        }
        try (Stream<Path> entries = Files.list(out)) {
            if (entries.findAny().isPresent()) {
                throw new IllegalArgumentException(out + " is not empty; generate into a new or empty folder");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
