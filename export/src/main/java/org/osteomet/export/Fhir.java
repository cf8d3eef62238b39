package org.osteomet.export;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.osteomet.core.Concept;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Identifiers, references, codes and narratives shared by the FHIR resource builders. */
final class Fhir {
    static final String BASE = "https://osteomet.org/fhir";
    static final String CONCEPTS = BASE + "/CodeSystem/osteomet-concepts";
    static final String CONCEPTS_VALUE_SET = BASE + "/ValueSet/osteomet-concepts";
    static final String CONCEPT_IDS = BASE + "/identifier/concept";
    static final String CLAIM_IDS = BASE + "/identifier/claim";
    static final String SOURCE_IDS = BASE + "/identifier/source";
    static final String SNAPSHOT_SHA256 = BASE + "/identifier/snapshot-sha256";
    static final String ADJUDICATION_IDS = BASE + "/identifier/adjudication";
    static final String PUBLISHER = "osteomet";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Fhir() {}

    /** Returns the name-based UUID of a resource: the same type and key always give the same UUID. */
    static String uuid(String type, String key) {
        return UUID.nameUUIDFromBytes(("osteomet:" + type + "/" + key).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** Returns the {@code urn:uuid:} full URL a bundle entry and references to it use. */
    static String fullUrl(String type, String key) {
        return "urn:uuid:" + uuid(type, key);
    }

    /** Returns the canonical URL of a definitional resource, such as {@code …/PlanDefinition/chemotherapy}. */
    static String canonical(String type, String id) {
        return BASE + "/" + type + "/" + id;
    }

    /** Starts a resource: its type, its UUID as id and a generated narrative from the given XHTML fragment. */
    static ObjectNode resource(String type, String key, String narrativeXhtml) {
        ObjectNode resource = NODES.objectNode();
        resource.put("resourceType", type);
        resource.put("id", uuid(type, key));
        ObjectNode text = resource.putObject("text");
        text.put("status", "generated");
        text.put("div", "<div xmlns=\"http://www.w3.org/1999/xhtml\">" + narrativeXhtml + "</div>");
        return resource;
    }

    /**
     * Adds what every definitional resource carries: url, identifier (unless {@code identifierSystem} is null),
     * version, name, title, status and publisher.
     */
    static void definitional(
            ObjectNode resource, String url, String identifierSystem, String id, String version, String title) {
        resource.put("url", url);
        if (identifierSystem != null) {
            identifier(resource, identifierSystem, id);
        }
        resource.put("version", version);
        resource.put("name", name(id));
        resource.put("title", title);
        resource.put("status", "active");
        resource.put("experimental", false);
        resource.put("publisher", PUBLISHER);
    }

    static void identifier(ObjectNode resource, String system, String value) {
        ObjectNode identifier = resource.putArray("identifier").addObject();
        identifier.put("system", system);
        identifier.put("value", value);
    }

    /** Returns a reference to a resource in the bundle. */
    static ObjectNode reference(String type, String key, String display) {
        ObjectNode reference = NODES.objectNode();
        reference.put("reference", fullUrl(type, key));
        if (display != null) {
            reference.put("display", display);
        }
        return reference;
    }

    /** Returns a reference that names something the bundle does not hold. */
    static ObjectNode displayReference(String display) {
        return NODES.objectNode().put("display", display);
    }

    /** Returns a CodeableConcept with the concept's code in the osteomet code system. */
    static ObjectNode concept(Concept concept) {
        return coded(CONCEPTS, concept.id(), concept.name(), concept.name());
    }

    /** Returns a CodeableConcept with one code; {@code text} is left out where it repeats the display. */
    static ObjectNode code(String system, String code, String display, String text) {
        return coded(system, code, display, text);
    }

    /** Returns a Coding with the concept's code in the osteomet code system. */
    static ObjectNode coding(Concept concept) {
        return NODES.objectNode()
                .put("system", CONCEPTS)
                .put("code", concept.id())
                .put("display", concept.name());
    }

    private static ObjectNode coded(String system, String code, String display, String text) {
        ObjectNode codeable = NODES.objectNode();
        ObjectNode coding = codeable.putArray("coding").addObject();
        coding.put("system", system);
        coding.put("code", code);
        coding.put("display", display);
        if (!text.equals(display)) {
            codeable.put("text", text);
        }
        return codeable;
    }

    /** Returns a CodeableConcept that is only text: no code system has a code for it. */
    static ObjectNode text(String text) {
        return NODES.objectNode().put("text", text);
    }

    /** Returns a CodeableReference holding a concept. */
    static ObjectNode codeableReference(Concept concept) {
        return NODES.objectNode().set("concept", concept(concept));
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    /**
     * Returns a machine-usable name for an id: {@code bone-building-medications} becomes
     * {@code BoneBuildingMedications}, as the canonical resources' name constraint wants.
     */
    static String name(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("-")) {
            if (!part.isEmpty()) {
                name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return Character.isLetter(name.charAt(0)) ? name.toString() : "N" + name;
    }

    /** Escapes text for XHTML; characters XML cannot hold become U+FFFD. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    boolean xml = c == 0x9
                            || c == 0xA
                            || c == 0xD
                            || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD)
                            || c >= 0x10000;
                    out.appendCodePoint(xml ? c : 0xFFFD);
                }
            }
        });
        return out.toString();
    }
}
