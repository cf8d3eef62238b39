package org.osteomet.export;

import java.util.List;
import java.util.stream.Stream;
import org.osteomet.core.Qualifiers;

/** The file name and columns of one CSV table; {@link #ALL} lists them in the order they are written. */
enum CsvTable {
    SOURCES("sources", List.of("id", "publisher", "title", "dateAsStated", "date", "experts", "snapshot", "sha256")),
    CONCEPTS("concepts", List.of("id", "kind", "name", "brandNames", "synonyms")),
    CLAIMS(
            "claims",
            List.of(
                    "id",
                    "subject",
                    "predicate",
                    "objectKind",
                    "objectConcept",
                    "objectText",
                    "objectRoute",
                    "rangeMin",
                    "rangeMax",
                    "rangeUnit"),
            Stream.concat(
                            Qualifiers.Field.ALL.stream().map(Qualifiers.Field::wireName),
                            Stream.of("status", "corroboration", "adjudications"))
                    .toList()),
    CITATIONS(
            "citations",
            List.of(
                    "claim",
                    "position",
                    "source",
                    "quote",
                    "prefix",
                    "suffix",
                    "textPositionStart",
                    "textPositionEnd",
                    "textQuoteExact",
                    "textQuotePrefix",
                    "textQuoteSuffix")),
    ADJUDICATIONS("adjudications", List.of("id", "claims", "decision", "preferred", "rationale")),
    COVERAGE("coverage", List.of("id", "subject", "predicate", "kind", "claim", "sources", "quotes"));

    static final List<CsvTable> ALL = List.of(values());

    private final String name;
    private final List<String> columns;

    CsvTable(String name, List<String> columns) {
        this.name = name;
        this.columns = columns;
    }

    CsvTable(String name, List<String> columns, List<String> moreColumns) {
        this(name, Stream.concat(columns.stream(), moreColumns.stream()).toList());
    }

    /** Returns the path of the table inside the output folder, such as {@code csv/claims.csv}. */
    String path() {
        return "csv/" + name + ".csv";
    }

    List<String> columns() {
        return columns;
    }
}
