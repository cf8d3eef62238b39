package org.osteomet.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.osteomet.core.Adjudication;
import org.osteomet.core.Citation;
import org.osteomet.core.Claim;
import org.osteomet.core.ClaimObject;
import org.osteomet.core.ClaimPredicate;
import org.osteomet.core.Concept;
import org.osteomet.core.ConceptKind;
import org.osteomet.core.Content;
import org.osteomet.core.Coverage;
import org.osteomet.core.CoverageKind;
import org.osteomet.core.Decision;
import org.osteomet.core.ObjectKind;
import org.osteomet.core.Qualifiers;
import org.osteomet.core.Range;
import org.osteomet.core.RangeUnit;
import org.osteomet.core.Route;
import org.osteomet.core.Source;
import tools.jackson.databind.JsonNode;

/**
 * Reads the tables {@link CsvWriter} writes back into records, for round-trip tests; undoes the formula
 * neutralising.
 *
 * <p>Reads {@link CsvVariant#RFC_4180}; the header row must name exactly the columns of {@link CsvTable}.
 */
final class CsvContentReader {
    private CsvContentReader() {}

    /** Reads the tables in a {@code csv} folder. */
    static Content read(Path folder) throws IOException {
        Map<CsvTable, List<Row>> tables = new EnumMap<>(CsvTable.class);
        for (CsvTable table : CsvTable.ALL) {
            tables.put(table, rows(folder.resolve(table.path().substring("csv/".length())), table));
        }
        Map<String, List<Citation>> citations = new HashMap<>();
        for (Row row : tables.get(CsvTable.CITATIONS)) {
            List<Citation> cited = citations.computeIfAbsent(row.text("claim"), claim -> new ArrayList<>());
            if (Integer.parseInt(row.text("position")) != cited.size() + 1) {
                throw new IllegalArgumentException("positions count 1, 2, 3 per claim: " + row);
            }
            cited.add(new Citation(row.text("source"), row.text("quote"), row.text("prefix"), row.text("suffix")));
        }
        return Content.of(
                tables.get(CsvTable.SOURCES).stream()
                        .map(CsvContentReader::source)
                        .toList(),
                tables.get(CsvTable.CONCEPTS).stream()
                        .map(CsvContentReader::concept)
                        .toList(),
                tables.get(CsvTable.CLAIMS).stream()
                        .map(row -> claim(row, citations.getOrDefault(row.text("id"), List.of())))
                        .toList(),
                tables.get(CsvTable.ADJUDICATIONS).stream()
                        .map(CsvContentReader::adjudication)
                        .toList(),
                tables.get(CsvTable.COVERAGE).stream()
                        .map(CsvContentReader::coverage)
                        .toList());
    }

    private static Coverage coverage(Row row) {
        List<String> sources = row.list("sources");
        List<String> quotes = row.list("quotes");
        List<Citation> citations = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            citations.add(new Citation(sources.get(i), quotes.get(i)));
        }
        return new Coverage(
                row.text("id"),
                row.text("subject"),
                ClaimPredicate.fromId(row.text("predicate")).orElseThrow(),
                row.enumValue("kind", CoverageKind.class),
                row.text("claim"),
                citations);
    }

    private static Source source(Row row) {
        String date = row.text("date");
        return new Source(
                row.text("id"),
                row.text("publisher"),
                row.text("title"),
                row.text("dateAsStated"),
                date == null ? null : LocalDate.parse(date),
                row.list("experts"),
                row.text("snapshot"),
                row.text("sha256"));
    }

    private static Concept concept(Row row) {
        return new Concept(
                row.text("id"),
                row.enumValue("kind", ConceptKind.class),
                row.text("name"),
                row.list("brandNames"),
                row.list("synonyms"));
    }

    private static Claim claim(Row row, List<Citation> citations) {
        return new Claim(
                row.text("id"),
                row.text("subject"),
                ClaimPredicate.fromId(row.text("predicate")).orElseThrow(),
                object(row),
                qualifiers(row),
                citations);
    }

    private static Qualifiers qualifiers(Row row) {
        Map<Qualifiers.Field, Object> values = new EnumMap<>(Qualifiers.Field.class);
        for (Qualifiers.Field field : Qualifiers.Field.ALL) {
            String text = row.text(field.wireName());
            if (text != null) {
                values.put(field, field.parse(text));
            }
        }
        return Qualifiers.of(values);
    }

    private static ClaimObject object(Row row) {
        return switch (row.enumValue("objectKind", ObjectKind.class)) {
            case CONCEPT -> new ClaimObject.ConceptObject(row.text("objectConcept"));
            case TEXT -> new ClaimObject.TextObject(row.text("objectText"));
            case ROUTE -> new ClaimObject.RouteObject(row.enumValue("objectRoute", Route.class));
            case RANGE ->
                new ClaimObject.RangeObject(new Range(
                        row.integer("rangeMin"), row.integer("rangeMax"), row.enumValue("rangeUnit", RangeUnit.class)));
        };
    }

    private static Adjudication adjudication(Row row) {
        return new Adjudication(
                row.text("id"),
                row.list("claims"),
                row.enumValue("decision", Decision.class),
                row.text("preferred"),
                row.text("rationale"));
    }

    private static List<Row> rows(Path file, CsvTable table) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(Files.readString(file), CsvWriter.FORMAT)) {
            for (CSVRecord record : parser) {
                if (record.getRecordNumber() == 1) {
                    if (!record.toList().equals(table.columns())) {
                        throw new IllegalArgumentException(file + ": the header row is " + record.toList());
                    }
                } else {
                    rows.add(new Row(table.columns(), record.toList()));
                }
            }
        }
        return rows;
    }

    /** One data row; an empty cell is absent, and a written cell is restored as it was before neutralising. */
    private record Row(List<String> columns, List<String> cells) {
        String text(String column) {
            String cell = cells.get(columns.indexOf(column));
            if (cell.isEmpty()) {
                return null;
            }
            return cell.startsWith("'") ? cell.substring(1) : cell;
        }

        Integer integer(String column) {
            String value = text(column);
            return value == null ? null : Integer.valueOf(value);
        }

        <E extends Enum<E>> E enumValue(String column, Class<E> type) {
            String value = text(column);
            return value == null ? null : Enum.valueOf(type, value);
        }

        List<String> list(String column) {
            List<String> values = new ArrayList<>();
            for (JsonNode element : TestJson.parse(text(column))) {
                values.add(element.stringValue());
            }
            return values;
        }
    }
}
