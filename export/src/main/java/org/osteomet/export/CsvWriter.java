package org.osteomet.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.osteomet.core.Adjudication;
import org.osteomet.core.Claim;
import org.osteomet.core.ClaimObject;
import org.osteomet.core.Concept;
import org.osteomet.core.Content;
import org.osteomet.core.Qualifiers;
import org.osteomet.core.Range;
import org.osteomet.core.Source;

/**
 * Writes the content as RFC 4180 tables: a header row, CRLF line ends, fields quoted only where needed.
 *
 * <p>An absent value is an empty cell (osteomet has no empty strings); a list is a JSON array such as
 * {@code ["Xgeva"]}; every cell is passed through {@link CsvCells#neutralise}. Rows are in id order, citations in
 * claim id order and then in the order the claim lists them.
 */
final class CsvWriter {
    static final CSVFormat FORMAT = CSVFormat.RFC4180;
    private static final byte[] BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};

    private CsvWriter() {}

    /** Returns each table's path and bytes, in {@link CsvTable#ALL} order. */
    static Map<String, byte[]> write(Content content, CsvVariant variant) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(CsvTable.SOURCES.path(), table(CsvTable.SOURCES, sources(content), variant));
        files.put(CsvTable.CONCEPTS.path(), table(CsvTable.CONCEPTS, concepts(content), variant));
        files.put(CsvTable.CLAIMS.path(), table(CsvTable.CLAIMS, claims(content), variant));
        files.put(CsvTable.CITATIONS.path(), table(CsvTable.CITATIONS, citations(content), variant));
        files.put(CsvTable.ADJUDICATIONS.path(), table(CsvTable.ADJUDICATIONS, adjudications(content), variant));
        return files;
    }

    private static byte[] table(CsvTable table, List<List<String>> rows, CsvVariant variant) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(table.columns());
            for (List<String> row : rows) {
                printer.printRecord(row.stream()
                        .map(cell -> cell == null ? "" : CsvCells.neutralise(cell))
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        if (variant == CsvVariant.RFC_4180) {
            return text;
        }
        byte[] withBom = Arrays.copyOf(BOM, BOM.length + text.length);
        System.arraycopy(text, 0, withBom, BOM.length, text.length);
        return withBom;
    }

    private static List<List<String>> sources(Content content) {
        List<List<String>> rows = new ArrayList<>();
        for (Source s : content.sources()) {
            rows.add(Arrays.asList(
                    s.id(),
                    s.publisher(),
                    s.title(),
                    s.dateAsStated(),
                    s.date() == null ? null : s.date().toString(),
                    list(s.experts()),
                    s.snapshot(),
                    s.sha256()));
        }
        return rows;
    }

    private static List<List<String>> concepts(Content content) {
        List<List<String>> rows = new ArrayList<>();
        for (Concept c : content.concepts()) {
            rows.add(Arrays.asList(c.id(), c.kind().name(), c.name(), list(c.brandNames()), list(c.synonyms())));
        }
        return rows;
    }

    private static List<List<String>> claims(Content content) {
        List<List<String>> rows = new ArrayList<>();
        for (Claim c : content.claims()) {
            ClaimObject o = c.object();
            Range range = o instanceof ClaimObject.RangeObject r ? r.range() : null;
            Qualifiers q = c.qualifiers();
            rows.add(Arrays.asList(
                    c.id(),
                    c.subject(),
                    c.predicate().id(),
                    o.kind().name(),
                    o instanceof ClaimObject.ConceptObject concept ? concept.concept() : null,
                    o instanceof ClaimObject.TextObject text ? text.text() : null,
                    o instanceof ClaimObject.RouteObject route ? route.route().name() : null,
                    range == null || range.min() == null ? null : range.min().toString(),
                    range == null || range.max() == null ? null : range.max().toString(),
                    range == null ? null : range.unit().name(),
                    name(q.frequency()),
                    name(q.seriousness()),
                    name(q.hedge()),
                    Boolean.toString(q.negated()),
                    q.population(),
                    q.context(),
                    name(q.comparison()),
                    q.aspect()));
        }
        return rows;
    }

    private static List<List<String>> citations(Content content) {
        List<List<String>> rows = new ArrayList<>();
        for (Claim c : content.claims()) {
            for (int i = 0; i < c.citations().size(); i++) {
                rows.add(List.of(
                        c.id(),
                        Integer.toString(i + 1),
                        c.citations().get(i).source(),
                        c.citations().get(i).quote()));
            }
        }
        return rows;
    }

    private static List<List<String>> adjudications(Content content) {
        List<List<String>> rows = new ArrayList<>();
        for (Adjudication a : content.adjudications()) {
            rows.add(Arrays.asList(a.id(), list(a.claims()), a.decision().name(), a.preferred(), a.rationale()));
        }
        return rows;
    }

    private static String list(List<String> values) {
        return CanonicalJson.compact(ContentJson.strings(values), true);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
