package org.osteomet.export;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.osteomet.core.Adjudication;
import org.osteomet.core.Citation;
import org.osteomet.core.Claim;
import org.osteomet.core.ClaimObject;
import org.osteomet.core.Comparison;
import org.osteomet.core.Concept;
import org.osteomet.core.ConceptKind;
import org.osteomet.core.Content;
import org.osteomet.core.Decision;
import org.osteomet.core.Frequency;
import org.osteomet.core.Hedge;
import org.osteomet.core.ObjectKind;
import org.osteomet.core.Predicate;
import org.osteomet.core.Qualifiers;
import org.osteomet.core.Range;
import org.osteomet.core.RangeUnit;
import org.osteomet.core.Route;
import org.osteomet.core.Seriousness;
import org.osteomet.core.Source;
import tools.jackson.core.JacksonException;

/**
 * Reads the tables {@link CsvWriter} writes back into records, undoing the formula neutralising.
 *
 * <p>Accepts both variants (with or without a byte order mark); the header row must name exactly the columns of
 * {@link CsvTable}, and every row must have as many cells.
 */
final class CsvContentReader {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .setAllowMissingColumnNames(false)
            .get();
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    private CsvContentReader() {}

    /**
     * Reads the tables in a {@code csv} folder.
     *
     * @param folder the folder holding {@code sources.csv}, {@code concepts.csv} and the others; not null
     * @return the content the tables hold
     * @throws ExportException if a table is missing or malformed, naming the file, line and column
     */
    static Content read(Path folder) throws ExportException {
        Map<CsvTable, List<Row>> tables = new LinkedHashMap<>();
        for (CsvTable table : CsvTable.ALL) {
            Path file = folder.resolve(table.path().substring("csv/".length()));
            tables.put(table, rows(file, table));
        }
        try {
            return bind(folder, tables);
        } catch (RowException e) {
            throw new ExportException(e.getMessage(), e);
        }
    }

    private static Content bind(Path folder, Map<CsvTable, List<Row>> tables) throws ExportException {
        List<Source> sources = new ArrayList<>();
        for (Row row : tables.get(CsvTable.SOURCES)) {
            sources.add(row.construct(() -> new Source(
                    row.required("id"),
                    row.required("publisher"),
                    row.required("title"),
                    row.optional("dateAsStated"),
                    row.date("date"),
                    row.list("experts"),
                    row.required("snapshot"),
                    row.required("sha256"))));
        }
        List<Concept> concepts = new ArrayList<>();
        for (Row row : tables.get(CsvTable.CONCEPTS)) {
            concepts.add(row.construct(() -> new Concept(
                    row.required("id"),
                    row.enumValue("kind", ConceptKind.class),
                    row.required("name"),
                    row.list("brandNames"),
                    row.list("synonyms"))));
        }
        Map<String, List<Citation>> citations = citations(tables.get(CsvTable.CITATIONS));
        List<Claim> claims = new ArrayList<>();
        for (Row row : tables.get(CsvTable.CLAIMS)) {
            String id = row.required("id");
            List<Citation> cited = citations.remove(id);
            claims.add(row.construct(() -> new Claim(
                    id,
                    row.required("subject"),
                    predicate(row),
                    object(row),
                    qualifiers(row),
                    cited == null ? List.of() : cited)));
        }
        if (!citations.isEmpty()) {
            throw new ExportException("cannot read " + folder.resolve("citations.csv") + ": citations name claim "
                    + citations.keySet().iterator().next() + ", which claims.csv does not have.");
        }
        List<Adjudication> adjudications = new ArrayList<>();
        for (Row row : tables.get(CsvTable.ADJUDICATIONS)) {
            adjudications.add(row.construct(() -> new Adjudication(
                    row.required("id"),
                    row.list("claims"),
                    row.enumValue("decision", Decision.class),
                    row.optional("preferred"),
                    row.required("rationale"))));
        }
        return Content.of(sources, concepts, claims, adjudications);
    }

    private static Map<String, List<Citation>> citations(List<Row> rows) {
        Map<String, List<Citation>> byClaim = new LinkedHashMap<>();
        for (Row row : rows) {
            List<Citation> list = byClaim.computeIfAbsent(row.required("claim"), k -> new ArrayList<>());
            if (row.integer("position") != list.size() + 1) {
                throw row.fail("position", "must be " + (list.size() + 1) + ": positions count 1, 2, 3 per claim");
            }
            list.add(row.construct(() -> new Citation(row.required("source"), row.required("quote"))));
        }
        return byClaim;
    }

    private static Predicate predicate(Row row) {
        String id = row.required("predicate");
        return Predicate.fromId(id).orElseThrow(() -> row.fail("predicate", "unknown predicate " + id));
    }

    private static ClaimObject object(Row row) {
        ObjectKind kind = row.enumValue("objectKind", ObjectKind.class);
        List<String> filled = new ArrayList<>();
        for (String column :
                List.of("objectConcept", "objectText", "objectRoute", "rangeMin", "rangeMax", "rangeUnit")) {
            if (row.optional(column) != null) {
                filled.add(column);
            }
        }
        List<String> expected = switch (kind) {
            case CONCEPT -> List.of("objectConcept");
            case TEXT -> List.of("objectText");
            case ROUTE -> List.of("objectRoute");
            case RANGE -> List.of("rangeMin", "rangeMax", "rangeUnit");
        };
        if (!expected.containsAll(filled)) {
            throw row.fail("objectKind", "an object of kind " + kind + " fills only " + expected);
        }
        return row.construct(() -> switch (kind) {
            case CONCEPT -> new ClaimObject.ConceptObject(row.required("objectConcept"));
            case TEXT -> new ClaimObject.TextObject(row.required("objectText"));
            case ROUTE -> new ClaimObject.RouteObject(row.enumValue("objectRoute", Route.class));
            case RANGE ->
                new ClaimObject.RangeObject(new Range(
                        row.optionalInteger("rangeMin"),
                        row.optionalInteger("rangeMax"),
                        row.enumValue("rangeUnit", RangeUnit.class)));
        });
    }

    private static Qualifiers qualifiers(Row row) {
        String negated = row.required("negated");
        if (!negated.equals("true") && !negated.equals("false")) {
            throw row.fail("negated", "must be true or false");
        }
        return row.construct(() -> new Qualifiers(
                row.optionalEnum("frequency", Frequency.class),
                row.optionalEnum("seriousness", Seriousness.class),
                row.optionalEnum("hedge", Hedge.class),
                negated.equals("true"),
                row.optional("population"),
                row.optional("context"),
                row.optionalEnum("comparison", Comparison.class),
                row.optional("aspect")));
    }

    private static List<Row> rows(Path file, CsvTable table) throws ExportException {
        String text = text(file);
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            List<String> header = null;
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (header == null) {
                    header = cells;
                    if (!header.equals(table.columns())) {
                        throw new ExportException("cannot read " + file + ": the header row must be "
                                + String.join(",", table.columns()) + ".");
                    }
                    continue;
                }
                if (cells.size() != header.size()) {
                    throw new ExportException("cannot read " + file + ": row " + lineOf(record) + " has " + cells.size()
                            + " cells; the header has " + header.size() + ".");
                }
                rows.add(new Row(file, lineOf(record), table.columns(), cells));
            }
            if (header == null) {
                throw new ExportException("cannot read " + file + ": it has no header row.");
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new ExportException("cannot read " + file + ": malformed CSV (" + e.getMessage() + ").", e);
        }
        return rows;
    }

    private static long lineOf(CSVRecord record) {
        // The header is record 1, so this is the row number a spreadsheet shows.
        return record.getRecordNumber();
    }

    private static String text(Path file) throws ExportException {
        try {
            if (Files.isSymbolicLink(file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new ExportException("cannot read " + file + ": it is missing or not a regular file.");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new ExportException("cannot read " + file + ": it is larger than " + MAX_BYTES + " bytes.");
            }
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            return text.startsWith("\ufeff") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ExportException("cannot read " + file + ": it is not valid UTF-8.", e);
        } catch (IOException e) {
            throw new ExportException(
                    "cannot read " + file + ": " + e.getClass().getSimpleName() + ".", e);
        }
    }

    /** Thrown inside row binding; carries the complete message. */
    private static final class RowException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RowException(String message) {
            super(message);
        }
    }

    /** One data row, with its cells restored and typed accessors that fail naming file, line and column. */
    private record Row(Path file, long line, List<String> columns, List<String> cells) {
        String optional(String column) {
            String cell = cells.get(columns.indexOf(column));
            return cell.isEmpty() ? null : CsvCells.restore(cell);
        }

        String required(String column) {
            String value = optional(column);
            if (value == null) {
                throw fail(column, "must not be empty");
            }
            return value;
        }

        int integer(String column) {
            String value = required(column);
            if (!value.matches("0|[1-9][0-9]{0,8}")) {
                throw fail(column, "must be a whole number");
            }
            return Integer.parseInt(value);
        }

        Integer optionalInteger(String column) {
            return optional(column) == null ? null : integer(column);
        }

        LocalDate date(String column) {
            String value = optional(column);
            try {
                return value == null ? null : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw fail(column, "must be a date as yyyy-mm-dd");
            }
        }

        List<String> list(String column) {
            String value = required(column);
            try {
                var node = StrictJson.parse(value);
                if (!node.isArray()) {
                    throw fail(column, "must be a JSON array of strings");
                }
                List<String> values = new ArrayList<>();
                for (var element : node) {
                    if (!element.isString()) {
                        throw fail(column, "must be a JSON array of strings");
                    }
                    values.add(element.stringValue());
                }
                return values;
            } catch (JacksonException | IllegalArgumentException e) {
                throw fail(column, "must be a JSON array of strings");
            }
        }

        <E extends Enum<E>> E enumValue(String column, Class<E> type) {
            E value = optionalEnum(column, type);
            if (value == null) {
                throw fail(column, "must not be empty");
            }
            return value;
        }

        <E extends Enum<E>> E optionalEnum(String column, Class<E> type) {
            String value = optional(column);
            if (value == null) {
                return null;
            }
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value)) {
                    return constant;
                }
            }
            throw fail(column, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }

        <T> T construct(java.util.function.Supplier<T> constructor) {
            try {
                return constructor.get();
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new RowException("cannot read " + file + ": row " + line + ": " + e.getMessage() + ".");
            }
        }

        RowException fail(String column, String message) {
            return new RowException(
                    "cannot read " + file + ": row " + line + ", column " + column + ": " + message + ".");
        }
    }
}
