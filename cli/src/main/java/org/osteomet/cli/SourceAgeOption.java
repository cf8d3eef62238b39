package org.osteomet.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import org.osteomet.validation.rules.ValidationOptions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --max-source-age YEARS} and {@code --today DATE} options of every command that judges source age. */
final class SourceAgeOption {
    @Option(
            names = "--max-source-age",
            paramLabel = "YEARS",
            defaultValue = "5",
            description = "Warn about sources reviewed more than this many years ago (default: ${DEFAULT-VALUE}).")
    int years;

    @Option(
            names = "--today",
            paramLabel = "YYYY-MM-DD",
            converter = IsoDate.class,
            description = "The date to judge source age against (default: today in UTC).")
    LocalDate today;

    /** Returns the validation options these flags select, reading the clock only when no date was given. */
    ValidationOptions options(Clock clock) {
        if (years < 0) {
            throw new UserError("--max-source-age must not be negative");
        }
        return new ValidationOptions(Period.ofYears(years), today != null ? today : LocalDate.now(clock));
    }

    /** Reads a calendar date such as {@code 2026-12-02}, refusing impossible ones like {@code 2024-02-30}. */
    static final class IsoDate implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date of the form YYYY-MM-DD");
            }
        }
    }
}
