package org.osteomet.content;

/**
 * Runs inside the jars that {@link ClasspathLayoutTest} builds: prints the claim count of the packaged content and
 * where its index was found.
 */
public final class LoadFromJar {
    private LoadFromJar() {}

    /**
     * Loads the packaged content and prints two lines: the claim count and the index's URL.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println("claims " + ContentLoader.load().claims().size());
        System.out.println("index " + ContentLoader.class.getResource("/org/osteomet/content/data-index.txt"));
    }
}
