package org.example.load;

import org.osteomet.content.ContentLoader;
import org.osteomet.core.Content;

/** Loads the packaged content, which needs Jackson at run time, and prints how much it holds. */
public final class CountClaims {
    private CountClaims() {}

    public static void main(String[] args) {
        Content content = ContentLoader.load();
        System.out.println("Loaded " + content.claims().size() + " claims from " + content.sources().size() + " sources");
    }
}
