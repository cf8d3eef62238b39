package org.osteomet.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.Severity;
import org.osteomet.validation.finding.ValidationReport;
import org.osteomet.validation.report.ReportFormat;
import org.osteomet.validation.rules.ValidationOptions;

class ShippedContentTest {
    static final ValidationOptions OPTIONS = new ValidationOptions(Period.ofYears(5), LocalDate.of(2026, 11, 23));
    static ContentValidator validator;
    static ValidationReport report;

    @BeforeAll
    static void validate() {
        validator = new ContentValidator(OPTIONS);
        report = validator.validatePackaged();
    }

    @AfterAll
    static void close() {
        validator.close();
    }

    @Test
    void shippedContentHasNoErrors() {
        List<Finding> errors = report.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .toList();
        assertThat(errors).as(ReportFormat.TEXT.render(report, "content/data/")).isEmpty();
    }

    @Test
    void onlyWarningsAreTheSourcesThatAreOldOrUndated() {
        assertThat(report.findings()).extracting(Finding::ruleId).containsOnly("source-is-recent");
    }
}
