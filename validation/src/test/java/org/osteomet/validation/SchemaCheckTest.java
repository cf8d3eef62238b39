package org.osteomet.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osteomet.core.ClaimPredicate;
import org.osteomet.core.ConceptKind;
import org.osteomet.core.Hedge;
import org.osteomet.core.Qualifiers;
import org.osteomet.core.Route;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class SchemaCheckTest {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final SchemaRegistry REGISTRY = SchemaCheck.registry();

    static JsonNode json(String text) {
        return MAPPER.readTree(text);
    }

    @Test
    void remoteAndFileReferencesAreRefusedNotFetched() {
        for (String ref :
                List.of("https://example.com/evil.schema.json", "file:///etc/passwd", "http://127.0.0.1:9/x")) {
            assertThatThrownBy(() -> {
                        Schema schema = REGISTRY.getSchema(json("{\"$ref\": \"" + ref + "\"}"));
                        schema.validate(json("{}"));
                    })
                    .as(ref)
                    .isInstanceOf(com.networknt.schema.InvalidSchemaException.class)
                    .hasMessageContaining("is not allowed to be loaded");
        }
    }

    @Test
    void unknownSchemaKeywordsAreRefused() {
        assertThatThrownBy(() -> REGISTRY.getSchema(json("{\"type\": \"object\", \"propertys\": {}}"))
                        .validate(json("{}")))
                .isInstanceOf(com.networknt.schema.InvalidSchemaException.class)
                .hasMessageContaining("propertys");
        assertThat(REGISTRY.getSchema(json("{\"type\": \"object\", \"properties\": {}}"))
                        .validate(json("{}")))
                .isEmpty();
    }

    @Test
    void formatsAreAsserted() {
        Schema schema = REGISTRY.getSchema(json("{\"type\": \"string\", \"format\": \"date\"}"));
        assertThat(schema.validate(json("\"2024-02-30\""))).isNotEmpty();
        assertThat(schema.validate(json("\"2024-02-29\""))).isEmpty();
    }

    @Test
    void bundledSchemasListTheSameValuesAsTheJavaEnums() {
        JsonNode defs = MAPPER.readTree(
                        getClass().getResourceAsStream("/org/osteomet/core/schema/definitions.schema.json"))
                .get("$defs");
        assertThat(values(defs.at("/claim/properties/predicate/enum")))
                .containsExactlyElementsOf(Arrays.stream(ClaimPredicate.values())
                        .map(ClaimPredicate::id)
                        .toList());
        assertThat(values(defs.at("/concept/properties/kind/enum")))
                .containsExactlyElementsOf(
                        Arrays.stream(ConceptKind.values()).map(Enum::name).toList());
        assertThat(values(defs.at("/object/properties/route/enum")))
                .containsExactlyElementsOf(
                        Arrays.stream(Route.values()).map(Enum::name).toList());
        assertThat(values(defs.at("/qualifiers/properties/hedge/enum")))
                .containsExactlyElementsOf(
                        Arrays.stream(Hedge.values()).map(Enum::name).toList());
    }

    @Test
    void everyBundledSchemaHasAnId() {
        for (String file : List.of("definitions", "sources", "treatment", "concepts", "adjudications")) {
            String folder =
                    file.equals("definitions") ? "/org/osteomet/core/schema/" : "/org/osteomet/validation/schema/";
            JsonNode schema = MAPPER.readTree(getClass().getResourceAsStream(folder + file + ".schema.json"));
            assertThat(schema.get("$id").asString()).isEqualTo(SchemaCheck.ID_BASE + file + ".schema.json");
        }
    }

    @Test
    void theQualifiersDefinitionHasAPropertyForEveryFieldAndTheEnumsOfEachEnumField() {
        JsonNode qualifiers = MAPPER.readTree(
                        getClass().getResourceAsStream("/org/osteomet/core/schema/definitions.schema.json"))
                .at("/$defs/qualifiers/properties");
        assertThat(qualifiers.propertyNames())
                .containsExactlyElementsOf(Qualifiers.Field.ALL.stream()
                        .map(Qualifiers.Field::wireName)
                        .toList());
        for (Qualifiers.Field field : Qualifiers.Field.ALL) {
            if (field.form() == Qualifiers.Form.ENUM) {
                assertThat(values(qualifiers.get(field.wireName()).get("enum")))
                        .as(field.wireName())
                        .containsExactlyElementsOf(
                                field.constants().stream().map(Enum::name).toList());
            }
        }
    }

    static List<String> values(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
