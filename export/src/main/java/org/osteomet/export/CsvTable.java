package org.osteomet.export;

import java.util.List;

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
                    "rangeUnit",
                    "frequency",
                    "seriousness",
                    "hedge",
                    "negated",
                    "population",
                    "context",
                    "comparison",
                    "aspect")),
    CITATIONS("citations", List.of("claim", "position", "source", "quote")),
    ADJUDICATIONS("adjudications", List.of("id", "claims", "decision", "preferred", "rationale"));

    static final List<CsvTable> ALL = List.of(values());

    private final String name;
    private final List<String> columns;

    CsvTable(String name, List<String> columns) {
        this.name = name;
        this.columns = columns;
    }

    /** Returns the path of the table inside the output folder, such as {@code csv/claims.csv}. */
    String path() {
        return "csv/" + name + ".csv";
    }

    List<String> columns() {
        return columns;
    }
}
