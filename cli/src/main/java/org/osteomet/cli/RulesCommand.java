package org.osteomet.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.osteomet.validation.rules.Rule;
import org.osteomet.validation.rules.Rules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code osteomet rules}: lists every consistency rule. */
@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        description = "Lists every rule with its id, severity and summary.")
final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int width = Rules.all().stream().mapToInt(r -> r.id().length()).max().orElse(0);
        for (Rule rule : Rules.all()) {
            out.printf(
                    "%-" + width + "s  %-7s  %s%n", rule.id(), rule.severity().label(), rule.summary());
        }
        out.println();
        out.println(
                "Each rule is documented in docs/rules/<id>.md. Parse and schema checks report as json/* and schema/*.");
        return ExitCodes.OK;
    }
}
