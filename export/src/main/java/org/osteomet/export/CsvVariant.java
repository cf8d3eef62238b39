package org.osteomet.export;

/** How the CSV tables are encoded. */
public enum CsvVariant {
    /** RFC 4180: UTF-8 without a byte order mark, CRLF line ends. The default. */
    RFC_4180,
    /** The same tables preceded by a UTF-8 byte order mark, so that Excel reads them as UTF-8. */
    EXCEL
}
