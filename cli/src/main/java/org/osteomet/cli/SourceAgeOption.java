package org.osteomet.cli;

import picocli.CommandLine.Option;

/** The {@code --max-source-age YEARS} option of every command that validates. */
final class SourceAgeOption {
    @Option(
            names = "--max-source-age",
            paramLabel = "YEARS",
            defaultValue = "5",
            description = "Warn about sources reviewed more than this many years ago (default: ${DEFAULT-VALUE}).")
    int years;
}
