package org.osteomet.core;

import java.util.List;

/**
 * A thing that claims are about: a treatment, drug, procedure, side effect, condition and so on.
 *
 * @param id kebab-case id
 * @param kind what sort of thing it is
 * @param name the preferred name, as written in a source
 * @param brandNames brand names exactly as written
 * @param synonyms other names exactly as written
 */
public record Concept(String id, ConceptKind kind, String name, List<String> brandNames, List<String> synonyms) {

    /**
     * Checks every component; the messages of its exceptions name the component.
     *
     * @param id kebab-case id
     * @param kind what sort of thing it is
     * @param name the preferred name, as written in a source
     * @param brandNames brand names exactly as written
     * @param synonyms other names exactly as written
     */
    public Concept {
        Checks.id(id, "id");
        Checks.notNull(kind, "kind");
        Checks.notBlank(name, "name");
        brandNames = Checks.strings(brandNames, "brandNames");
        synonyms = Checks.strings(synonyms, "synonyms");
    }

    /**
     * Returns a concept without brand names or synonyms.
     *
     * @param id the id; not null
     * @param kind the kind; not null
     * @param name the preferred name; not blank
     * @return a concept without brand names or synonyms
     */
    public static Concept of(String id, ConceptKind kind, String name) {
        return new Concept(id, kind, name, List.of(), List.of());
    }
}
