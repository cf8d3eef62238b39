package org.osteomet.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class CanonicalJsonTest {
    @Test
    void prettyPrintsWithTwoSpacesSortedKeysAndAFinalNewline() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("b", 1);
        node.putArray("a").add("x").add(true);
        node.putObject("c");
        node.putArray("d");
        node.putNull("e");

        assertThat(CanonicalJson.pretty(node))
                .isEqualTo("{\n  \"a\": [\n    \"x\",\n    true\n  ],\n  \"b\": 1,\n  \"c\": {},\n  \"d\": [],\n"
                        + "  \"e\": null\n}\n");
        assertThat(CanonicalJson.compact(node, true))
                .isEqualTo("{\"a\":[\"x\",true],\"b\":1,\"c\":{},\"d\":[],\"e\":null}");
        assertThat(CanonicalJson.compact(node, false)).startsWith("{\"b\":1,");
    }

    @Test
    void escapesOnlyWhatJsonRequiresAndKeepsOtherCharactersAsUtf8() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("s", "\"\\\n\r\t\b\f\u0001é®—/\ud83d\ude00");

        assertThat(CanonicalJson.compact(node, true))
                .isEqualTo("{\"s\":\"\\\"\\\\\\n\\r\\t\\b\\f\\u0001é®—/\ud83d\ude00\"}");
    }

    @Test
    void escapesALoneSurrogateSoThatItSurvivesTheRoundTrip() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("s", "a\ud800b");

        String json = CanonicalJson.compact(node, true);

        assertThat(json).isEqualTo("{\"s\":\"a\\ud800b\"}");
        assertThat(StrictJson.parse(json).get("s").stringValue()).isEqualTo("a\ud800b");
    }

    @Test
    void refusesDecimalsRatherThanGuessingACanonicalForm() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("d", 2.5);

        assertThatThrownBy(() -> CanonicalJson.pretty(node)).isInstanceOf(IllegalArgumentException.class);
    }
}
