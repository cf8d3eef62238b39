package org.osteomet.export;

/**
 * Neutralises spreadsheet formulas in CSV cells.
 *
 * <p>A cell starting with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return gets a leading
 * {@code '}, so that a spreadsheet shows it as text instead of running it. A cell that already starts with
 * {@code '} gets one too: then every written cell that starts with {@code '} carries exactly one added quote,
 * and a reader removes exactly one, so an original leading {@code '} survives the round trip.
 */
final class CsvCells {
    private static final String TRIGGERS = "=+-@\t\r'";

    private CsvCells() {}

    /** Returns the cell as written to a CSV file. */
    static String neutralise(String cell) {
        return !cell.isEmpty() && TRIGGERS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
