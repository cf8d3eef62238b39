package org.osteomet.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.osteomet.core.Concept;
import org.osteomet.core.Content;
import org.osteomet.core.QuotePlaces;
import org.osteomet.core.Source;

/**
 * The review site: static HTML pages that show every claim beside its quote and every quote inside its source.
 *
 * <p>The pages are {@code index.html}, {@code disputes.html}, {@code treatments/<id>.html} for each treatment
 * class, drug and procedure, {@code concepts/<id>.html} for every other concept and {@code sources/<id>.html} for
 * each source, with one stylesheet, {@code site.css}. They make no requests outside the folder, carry no dates or
 * random ids, and are byte-identical for the same content.
 *
 * @param sourceWarnings a warning to show beside a source, such as its age, by source id; not null
 */
public record ReviewSite(Map<String, String> sourceWarnings) {
    /** The folder {@code build} writes the site into. */
    public static final String FOLDER = "site";

    static final String STYLESHEET = "site.css";
    static final Set<String> ENTRIES =
            Set.of("index.html", "disputes.html", STYLESHEET, "treatments", "concepts", "sources", Manifest.FILE);

    /**
     * Creates a site.
     *
     * @param sourceWarnings a warning to show beside a source, such as its age, by source id; not null
     */
    public ReviewSite {
        sourceWarnings = Map.copyOf(new TreeMap<>(Objects.requireNonNull(sourceWarnings, "sourceWarnings")));
    }

    /**
     * Writes the site alone into outDir atomically, with a manifest.
     *
     * @param content the content; not null
     * @param places where each quote sits in its snapshot; not null
     * @param contentVersion the version shown in each page's footer; not null
     * @param outDir the output folder; missing, empty, or an earlier site
     * @return one entry per page and stylesheet, sorted by path
     * @throws ExportException if the site cannot be written; outDir is then unchanged
     */
    public List<ManifestEntry> write(Content content, QuotePlaces places, String contentVersion, Path outDir)
            throws ExportException {
        List<ExportFile> files = files(content, places, contentVersion, "");
        return AtomicFolderWriter.write(
                outDir, files, entries -> Manifest.file(contentVersion, entries), AtomicFolderWriter.Hook.NONE);
    }

    /** Returns every file of the site, paths starting with {@code prefix}, sorted by path. */
    List<ExportFile> files(Content content, QuotePlaces places, String contentVersion, String prefix) {
        Objects.requireNonNull(content, "content must not be null");
        Objects.requireNonNull(places, "places must not be null");
        SitePages pages = new SitePages(content, places, sourceWarnings, contentVersion);
        List<ExportFile> files = new ArrayList<>();
        files.add(page(prefix + "index.html", pages::index));
        files.add(page(prefix + "disputes.html", pages::disputes));
        files.add(new ExportFile(prefix + STYLESHEET, out -> out.write(stylesheet())));
        for (Concept concept : content.concepts()) {
            files.add(page(prefix + SitePages.pagePath(concept), () -> pages.concept(concept)));
        }
        SourcePage sourcePage = new SourcePage(content, places, sourceWarnings, pages);
        for (Source source : content.sources()) {
            files.add(page(prefix + "sources/" + source.id() + ".html", () -> sourcePage.render(source)));
        }
        files.sort(Comparator.comparing(ExportFile::path));
        return List.copyOf(files);
    }

    private static ExportFile page(String path, java.util.function.Supplier<String> html) {
        return new ExportFile(path, out -> out.write(html.get().getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] stylesheet() {
        try (InputStream in = ReviewSite.class.getResourceAsStream("site/site.css")) {
            if (in == null) {
                throw new IllegalStateException("site.css is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
