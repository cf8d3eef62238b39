package org.osteomet.core;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Finds concepts by name, synonym or brand name, ignoring case, accents and runs of white space. */
final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    // Best match first: a concept's preferred name outranks a synonym, which outranks a brand name.
    private final Map<String, List<Concept>> byName = new HashMap<>();
    private final Map<String, List<Concept>> bySynonym = new HashMap<>();
    private final Map<String, List<Concept>> byBrand = new HashMap<>();

    Names(List<Concept> concepts) {
        for (Concept concept : concepts) {
            file(byName, concept.name(), concept);
            concept.synonyms().forEach(s -> file(bySynonym, s, concept));
            concept.brandNames().forEach(b -> file(byBrand, b, concept));
        }
    }

    private static void file(Map<String, List<Concept>> index, String name, Concept concept) {
        List<Concept> list = index.computeIfAbsent(key(name), k -> new ArrayList<>());
        if (!list.contains(concept)) {
            list.add(concept);
        }
    }

    /** Returns the form names are compared in: decomposed, without combining marks, lower case, spaces single. */
    static String key(String name) {
        String bare =
                MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return SPACE.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Returns the concepts the name names, best match first, each once; concepts arrive sorted by id. */
    List<Concept> find(String name) {
        String key = key(name);
        List<Concept> found = new ArrayList<>();
        for (Map<String, List<Concept>> index : List.of(byName, bySynonym, byBrand)) {
            for (Concept concept : index.getOrDefault(key, List.of())) {
                if (!found.contains(concept)) {
                    found.add(concept);
                }
            }
        }
        return List.copyOf(found);
    }
}
