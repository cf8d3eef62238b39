package org.osteomet.export;

/**
 * Thrown when an export cannot be written; the previous output, if any, is left as it was.
 *
 * <p>The message is one sentence that names the file or folder concerned.
 */
public final class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    ExportException(String message) {
        super(message);
    }

    ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
