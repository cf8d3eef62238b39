package org.osteomet.cli;

/** A problem with the user's arguments or files, shown as one line; exits with {@link ExitCodes#USAGE}. */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message, null, false, false);
    }
}
