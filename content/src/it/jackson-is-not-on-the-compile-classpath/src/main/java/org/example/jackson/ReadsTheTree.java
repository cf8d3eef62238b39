package org.example.jackson;

import org.osteomet.content.ContentLoader;
import org.osteomet.core.Content;
import tools.jackson.databind.JsonNode;

/** Reaches for a Jackson type beside the loader; it must not compile, as Jackson is osteomet's own business. */
public final class ReadsTheTree {
    private ReadsTheTree() {}

    public static void main(String[] args) {
        Content content = ContentLoader.load();
        JsonNode tree = null;
        System.out.println(content.claims().size() + " " + tree);
    }
}
