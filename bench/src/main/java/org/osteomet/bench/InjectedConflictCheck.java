package org.osteomet.bench;

import java.util.ArrayList;
import java.util.List;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.Severity;
import org.osteomet.validation.finding.ValidationReport;

/** Compares a validation report with the conflicts the generator injected. */
final class InjectedConflictCheck {
    static final String CONFLICT_RULE = "no-conflicting-claims";

    private InjectedConflictCheck() {}

    /**
     * The outcome of a comparison.
     *
     * @param conflictFindings how many conflict findings the report has
     * @param otherErrors how many other error findings it has
     * @param warnings how many warnings it has
     * @param problems what differs from the injection, empty when the report is exactly right
     */
    record Result(long conflictFindings, long otherErrors, long warnings, List<String> problems) {
        Result {
            problems = List.copyOf(problems);
        }

        String summary() {
            return conflictFindings + " conflict findings, " + otherErrors + " other errors, " + warnings
                    + " warnings: "
                    + (problems.isEmpty() ? "exactly the injected conflicts" : problems.size() + " problems");
        }
    }

    /** Each injected conflict must be reported by exactly one conflict finding naming all its claims, and nothing else is an error. */
    static Result compare(List<InjectedConflict> injected, ValidationReport report) {
        List<Finding> conflicts = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        long otherErrors = 0;
        for (Finding finding : report.findings()) {
            if (finding.severity() != Severity.ERROR) {
                continue;
            }
            if (finding.ruleId().equals(CONFLICT_RULE)) {
                conflicts.add(finding);
            } else {
                otherErrors++;
                if (otherErrors <= 10) {
                    problems.add("unexpected error: " + finding.toText());
                }
            }
        }
        boolean[] matched = new boolean[conflicts.size()];
        for (InjectedConflict conflict : injected) {
            int found = 0;
            for (int i = 0; i < conflicts.size(); i++) {
                String message = conflicts.get(i).message();
                if (conflict.claimIds().stream().allMatch(id -> mentions(message, id))) {
                    matched[i] = true;
                    found++;
                }
            }
            if (found != 1) {
                problems.add(
                        "injected conflict " + conflict.claimIds() + " was reported " + found + " times, not once");
            }
        }
        for (int i = 0; i < conflicts.size(); i++) {
            if (!matched[i]) {
                problems.add("false conflict: " + conflicts.get(i).toText());
            }
        }
        if (otherErrors > 10) {
            problems.add("and " + (otherErrors - 10) + " more unexpected errors");
        }
        return new Result(conflicts.size(), otherErrors, report.count(Severity.WARNING), problems);
    }

    private static boolean mentions(String message, String id) {
        return message.contains("(" + id + ")");
    }
}
