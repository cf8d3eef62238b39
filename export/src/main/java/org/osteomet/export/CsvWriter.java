package org.osteomet.export;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.osteomet.core.Adjudication;
import org.osteomet.core.Citation;
import org.osteomet.core.Claim;
import org.osteomet.core.ClaimObject;
import org.osteomet.core.Concept;
import org.osteomet.core.Content;
import org.osteomet.core.Coverage;
import org.osteomet.core.Qualifiers;
import org.osteomet.core.QuotePlace;
import org.osteomet.core.QuotePlaces;
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
    private static final char BOM = '\uFEFF';
    private static final int BUFFER = 1 << 16;

    private CsvWriter() {}

    /** Returns each table's file, in {@link CsvTable#ALL} order; rows are written one at a time. */
    static List<ExportFile> write(Content content, CsvVariant variant) {
        return write(content, QuotePlaces.NONE, variant);
    }

    /** Returns each table's file, with where each claim's quote sits in its snapshot in the citations table. */
    static List<ExportFile> write(Content content, QuotePlaces places, CsvVariant variant) {
        return List.of(
                table(CsvTable.SOURCES, () -> content.sources().stream().map(CsvWriter::source), variant),
                table(CsvTable.CONCEPTS, () -> content.concepts().stream().map(CsvWriter::concept), variant),
                table(CsvTable.CLAIMS, () -> content.claims().stream().map(c -> claim(content, c)), variant),
                table(CsvTable.CITATIONS, () -> content.claims().stream().flatMap(c -> citations(places, c)), variant),
                table(
                        CsvTable.ADJUDICATIONS,
                        () -> content.adjudications().stream().map(CsvWriter::adjudication),
                        variant),
                table(CsvTable.COVERAGE, () -> content.coverage().stream().map(CsvWriter::coverage), variant));
    }

    private static ExportFile table(CsvTable table, Supplier<Stream<List<String>>> rows, CsvVariant variant) {
        return new ExportFile(table.path(), bytes -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), BUFFER);
            if (variant == CsvVariant.EXCEL) {
                out.write(BOM);
            }
            // Not closed: closing the printer would close the file before the writer can take its digest.
            CSVPrinter printer = new CSVPrinter(out, FORMAT);
            printer.printRecord(table.columns());
            Iterator<List<String>> iterator = rows.get().iterator();
            while (iterator.hasNext()) {
                printer.printRecord(iterator.next().stream()
                        .map(cell -> cell == null ? "" : CsvCells.neutralise(cell))
                        .toList());
            }
            printer.flush();
        });
    }

    private static List<String> source(Source s) {
        return Arrays.asList(
                s.id(),
                s.publisher(),
                s.title(),
                s.dateAsStated(),
                s.date() == null ? null : s.date().toString(),
                list(s.experts()),
                s.snapshot(),
                s.sha256());
    }

    private static List<String> concept(Concept c) {
        return Arrays.asList(c.id(), c.kind().name(), c.name(), list(c.brandNames()), list(c.synonyms()));
    }

    private static List<String> claim(Content content, Claim c) {
        ClaimObject o = c.object();
        Range range = o instanceof ClaimObject.RangeObject r ? r.range() : null;
        List<String> row = new ArrayList<>(Arrays.asList(
                c.id(),
                c.subject(),
                c.predicate().id(),
                o.kind().name(),
                o instanceof ClaimObject.ConceptObject concept ? concept.concept() : null,
                o instanceof ClaimObject.TextObject text ? text.text() : null,
                o instanceof ClaimObject.RouteObject route ? route.route().name() : null,
                range == null || range.min() == null ? null : range.min().toString(),
                range == null || range.max() == null ? null : range.max().toString(),
                range == null ? null : range.unit().name()));
        for (Qualifiers.Field field : Qualifiers.Field.ALL) {
            Object value = c.qualifiers().value(field).orElse(null);
            row.add(
                    switch (field.form()) {
                        case ENUM -> value == null ? null : ((Enum<?>) value).name();
                        case FLAG -> Boolean.toString(value != null);
                        case CONCEPT_ID, TEXT -> (String) value;
                    });
        }
        row.add(content.status(c).id());
        row.add(Integer.toString(content.corroboration(c)));
        row.add(list(
                content.adjudicationsOf(c.id()).stream().map(Adjudication::id).toList()));
        return row;
    }

    private static List<String> coverage(Coverage c) {
        return Arrays.asList(
                c.id(),
                c.subject(),
                c.predicate().id(),
                c.kind().name(),
                c.claim(),
                list(c.citations().stream().map(Citation::source).toList()),
                list(c.citations().stream().map(Citation::quote).toList()));
    }

    private static Stream<List<String>> citations(QuotePlaces places, Claim c) {
        return IntStream.range(0, c.citations().size()).mapToObj(i -> {
            Citation citation = c.citations().get(i);
            QuotePlace place = places.place(citation).orElse(null);
            return Arrays.asList(
                    c.id(),
                    Integer.toString(i + 1),
                    citation.source(),
                    citation.quote(),
                    citation.prefix(),
                    citation.suffix(),
                    place == null ? null : Integer.toString(place.start()),
                    place == null ? null : Integer.toString(place.end()),
                    place == null ? null : place.exact(),
                    place == null ? null : place.prefix(),
                    place == null ? null : place.suffix());
        });
    }

    private static List<String> adjudication(Adjudication a) {
        return Arrays.asList(a.id(), list(a.claims()), a.decision().name(), a.preferred(), a.rationale());
    }

    private static String list(List<String> values) {
        return JsonOutput.compact(ContentJson.strings(values));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
