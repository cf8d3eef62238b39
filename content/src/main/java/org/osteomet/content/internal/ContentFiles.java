package org.osteomet.content.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.osteomet.content.ContentProblem;
import org.osteomet.core.Adjudication;
import org.osteomet.core.Claim;
import org.osteomet.core.Concept;
import org.osteomet.core.Content;
import org.osteomet.core.Coverage;
import org.osteomet.core.Source;

/**
 * A content folder as read: its documents, the records they hold with where each came from, the snapshots,
 * the files that do not belong, and every problem found while reading.
 *
 * <p>Records that could not be read are left out; {@link #problems()} says why.
 *
 * @param parsedFiles where the values of each JSON file that parsed are, by relative path
 * @param snapshots snapshot bytes by source id
 * @param unexpectedFiles relative paths of files the layout has no place for, sorted
 * @param sources the sources read, in file order
 * @param concepts the concepts read, in file order
 * @param claims the claims read, in file order
 * @param adjudications the adjudications read, in file order
 * @param coverage the coverage notes read, in file order
 * @param uncitedClaims the ids of claims that cite no source, which never become records ({@code ?} when a
 *     claim has no id), in file order
 * @param problems every problem found while reading, in file order
 * @param content the records read, as one aggregate built once per read
 */
public record ContentFiles(
        Map<String, ParsedFile> parsedFiles,
        Map<String, byte[]> snapshots,
        List<String> unexpectedFiles,
        List<Located<Source>> sources,
        List<Located<Concept>> concepts,
        List<Located<Claim>> claims,
        List<Located<Adjudication>> adjudications,
        List<Located<Coverage>> coverage,
        List<Located<String>> uncitedClaims,
        List<ContentProblem> problems,
        Content content) {

    /**
     * Creates the result of a read, copying every collection.
     *
     * @param parsedFiles where the values of each JSON file that parsed are, by relative path
     * @param snapshots snapshot bytes by source id
     * @param unexpectedFiles relative paths of files the layout has no place for, sorted
     * @param sources the sources read, in file order
     * @param concepts the concepts read, in file order
     * @param claims the claims read, in file order
     * @param adjudications the adjudications read, in file order
     * @param coverage the coverage notes read, in file order
     * @param uncitedClaims the ids of claims that cite no source, which never become records ({@code ?} when a
     *     claim has no id), in file order
     * @param problems every problem found while reading, in file order
     * @param content the records read, as one aggregate built once per read
     * @throws NullPointerException if any component is null
     */
    public ContentFiles {
        parsedFiles = Map.copyOf(parsedFiles);
        snapshots = Map.copyOf(snapshots);
        unexpectedFiles = List.copyOf(unexpectedFiles);
        sources = List.copyOf(sources);
        concepts = List.copyOf(concepts);
        claims = List.copyOf(claims);
        adjudications = List.copyOf(adjudications);
        coverage = List.copyOf(coverage);
        uncitedClaims = List.copyOf(uncitedClaims);
        problems = List.copyOf(problems);
        Objects.requireNonNull(content, "content must not be null");
    }

    /**
     * Returns the snapshot text of a source, decoded as UTF-8.
     *
     * @param sourceId the id of the source; not null
     * @return the text, or {@code null} if the source has no snapshot
     */
    public String snapshotText(String sourceId) {
        byte[] bytes = snapshots.get(sourceId);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private static <T> List<T> values(List<Located<T>> located) {
        return located.stream().map(Located::value).toList();
    }

    /** Collects the parts while a folder is read. */
    static final class Builder {
        private final Map<String, ParsedFile> parsedFiles = new TreeMap<>();
        private final Map<String, byte[]> snapshots = new TreeMap<>();
        private final List<String> unexpectedFiles = new ArrayList<>();
        private final List<Located<Source>> sources = new ArrayList<>();
        private final List<Located<Concept>> concepts = new ArrayList<>();
        private final List<Located<Claim>> claims = new ArrayList<>();
        private final List<Located<Adjudication>> adjudications = new ArrayList<>();
        private final List<Located<Coverage>> coverage = new ArrayList<>();
        private final List<Located<String>> uncitedClaims = new ArrayList<>();
        private final List<ContentProblem> problems = new ArrayList<>();

        Map<String, ParsedFile> parsedFiles() {
            return parsedFiles;
        }

        Map<String, byte[]> snapshots() {
            return snapshots;
        }

        List<String> unexpectedFiles() {
            return unexpectedFiles;
        }

        List<Located<Source>> sources() {
            return sources;
        }

        List<Located<Concept>> concepts() {
            return concepts;
        }

        List<Located<Claim>> claims() {
            return claims;
        }

        List<Located<Adjudication>> adjudications() {
            return adjudications;
        }

        List<Located<Coverage>> coverage() {
            return coverage;
        }

        List<Located<String>> uncitedClaims() {
            return uncitedClaims;
        }

        List<ContentProblem> problems() {
            return problems;
        }

        /** Appends everything another builder collected. */
        void add(Builder other) {
            parsedFiles.putAll(other.parsedFiles);
            snapshots.putAll(other.snapshots);
            unexpectedFiles.addAll(other.unexpectedFiles);
            sources.addAll(other.sources);
            concepts.addAll(other.concepts);
            claims.addAll(other.claims);
            adjudications.addAll(other.adjudications);
            coverage.addAll(other.coverage);
            uncitedClaims.addAll(other.uncitedClaims);
            problems.addAll(other.problems);
        }

        ContentFiles build() {
            return new ContentFiles(
                    parsedFiles,
                    snapshots,
                    unexpectedFiles,
                    sources,
                    concepts,
                    claims,
                    adjudications,
                    coverage,
                    uncitedClaims,
                    problems,
                    Content.of(
                            values(sources),
                            values(concepts),
                            values(claims),
                            values(adjudications),
                            values(coverage)));
        }
    }
}
