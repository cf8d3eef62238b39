package org.osteomet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The results JMH writes with {@code -rf json}, looked up by benchmark method and claims. */
final class JmhResults {
    private final List<JsonNode> results = new ArrayList<>();

    private JmhResults() {}

    /** Reads and joins the result files. */
    static JmhResults read(List<Path> files) throws IOException {
        JmhResults joined = new JmhResults();
        JsonMapper mapper = JsonMapper.builder().build();
        for (Path file : files) {
            mapper.readTree(Files.readAllBytes(file)).forEach(joined.results::add);
        }
        return joined;
    }

    /** Returns the number of claims the first result of a benchmark method was measured at. */
    long claims(String method) {
        for (JsonNode result : results) {
            if (result.path("benchmark").asString().endsWith("." + method)) {
                return Long.parseLong(result.path("params").path("claims").asString());
            }
        }
        throw new IllegalArgumentException("no result for " + method);
    }

    /**
     * Returns the mean time of one operation in milliseconds.
     *
     * @throws IllegalArgumentException if the results have no such benchmark, or it is not in ms/op
     */
    double millis(String method, long claims) {
        for (JsonNode result : results) {
            if (result.path("benchmark").asString().endsWith("." + method)
                    && result.path("params").path("claims").asString().equals(Long.toString(claims))) {
                JsonNode metric = result.path("primaryMetric");
                if (!metric.path("scoreUnit").asString().equals("ms/op")) {
                    throw new IllegalArgumentException(method + " is in " + metric.path("scoreUnit") + ", not ms/op");
                }
                return metric.path("score").asDouble();
            }
        }
        throw new IllegalArgumentException("no result for " + method + " with " + claims + " claims");
    }
}
