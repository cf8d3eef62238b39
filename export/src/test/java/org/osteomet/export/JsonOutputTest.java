package org.osteomet.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class JsonOutputTest {
    @Test
    void prettyPrintsWithTwoSpacesSortedKeysLfAndAFinalNewline() throws IOException {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("b", 1);
        node.putArray("a").add("x").add(true);
        node.putObject("c");
        node.putArray("d");
        node.putNull("e");

        assertThat(pretty(node, true))
                .isEqualTo("{\n  \"a\": [\n    \"x\",\n    true\n  ],\n  \"b\": 1,\n  \"c\": {},\n  \"d\": [],\n"
                        + "  \"e\": null\n}\n");
        assertThat(pretty(node, false)).startsWith("{\n  \"b\": 1,\n");
    }

    @Test
    void writesOneCompactLinePerItemInSortedOrInsertionOrder() throws IOException {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("b", 1);
        node.putObject("a").put("y", "z");

        assertThat(lines(List.of(node, node), true)).isEqualTo("{\"a\":{\"y\":\"z\"},\"b\":1}\n".repeat(2));
        assertThat(lines(List.of(node), false)).isEqualTo("{\"b\":1,\"a\":{\"y\":\"z\"}}\n");
        assertThat(lines(List.of(), true)).isEmpty();
        assertThat(JsonOutput.compact(node)).isEqualTo("{\"a\":{\"y\":\"z\"},\"b\":1}");
    }

    @Test
    void escapesOnlyWhatJsonRequiresInLowerCaseHexAndKeepsOtherCharactersAsUtf8() throws IOException {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("s", "\"\\\n\r\t\b\f\u0001\u001f\u007fé®—/<&>\u2028\u2029\ud83d\ude00");

        assertThat(lines(List.of(node), true))
                .isEqualTo("{\"s\":\"\\\"\\\\\\n\\r\\t\\b\\f\\u0001\\u001f\u007fé®—/<&>\u2028\u2029\ud83d\ude00\"}\n");
    }

    @Test
    void escapesALoneSurrogateSoThatItSurvivesTheRoundTrip() throws IOException {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("s", "a\ud800b\udc00");

        String json = lines(List.of(node), true);

        assertThat(json).isEqualTo("{\"s\":\"a\\ud800b\\udc00\"}\n");
        assertThat(JsonOutput.compact(node)).isEqualTo("{\"s\":\"a\\ud800b\\udc00\"}");
        assertThat(JsonOutput.MAPPER.readTree(json).get("s").stringValue()).isEqualTo("a\ud800b\udc00");
    }

    @Test
    void reportsAFailingStreamAsAnIoExceptionAndLeavesItOpen() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("s", "x".repeat(100_000));
        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void close() {
                throw new AssertionError("the caller closes the stream");
            }
        };

        assertThatThrownBy(() -> JsonOutput.document(failing, true, node))
                .isExactlyInstanceOf(IOException.class)
                .hasMessage("disk full");
        assertThatThrownBy(() -> JsonOutput.lines(failing, true, List.of(node), n -> n))
                .isExactlyInstanceOf(IOException.class)
                .hasMessage("disk full");
    }

    private static String pretty(ObjectNode node, boolean sortKeys) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonOutput.document(out, sortKeys, node);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String lines(List<ObjectNode> nodes, boolean sortKeys) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonOutput.lines(out, sortKeys, nodes, n -> n);
        return out.toString(StandardCharsets.UTF_8);
    }
}
