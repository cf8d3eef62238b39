package org.osteomet.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.osteomet.content.internal.ContentFiles;
import org.osteomet.core.Claim;
import org.osteomet.core.ConceptKind;
import org.osteomet.core.Content;
import org.osteomet.core.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code osteomet stats}: counts of concepts, claims and citations. */
@Command(
        name = "stats",
        mixinStandardHelpOptions = true,
        description = "Counts concepts by kind, claims by predicate and claims by source.")
final class StatsCommand implements Callable<Integer> {
    @Mixin
    ContentOption content = new ContentOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ContentFiles files = content.read();
        if (!files.problems().isEmpty()) {
            throw new UserError(
                    files.problems().size() + " file problem(s) in the content; run 'osteomet validate' first");
        }
        Content model = files.content();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                "%d sources, %d concepts, %d claims, %d adjudications%n",
                model.sources().size(),
                model.concepts().size(),
                model.claims().size(),
                model.adjudications().size());
        out.println();
        out.println("Concepts by kind:");
        for (ConceptKind kind : ConceptKind.values()) {
            out.printf("  %-16s %5d%n", kind, model.conceptsOfKind(kind).size());
        }
        out.println();
        out.println("Claims by predicate:");
        model.claimCountsByPredicate()
                .forEach((predicate, count) -> out.printf("  %-22s %5d%n", predicate.id(), count));
        out.println();
        out.println("Claims by source:");
        for (Source source : model.sources()) {
            out.printf(
                    "  %-36s %5d%n",
                    source.id(), model.claimsCiting(source.id()).size());
        }
        Map<Integer, Integer> bySourceCount = new TreeMap<>();
        for (Claim claim : model.claims()) {
            int sources = (int)
                    claim.citations().stream().map(c -> c.source()).distinct().count();
            bySourceCount.merge(sources, 1, Integer::sum);
        }
        out.println();
        out.println("Claims by number of sources:");
        bySourceCount.forEach(
                (sources, count) -> out.printf("  %d source%s %5d%n", sources, sources == 1 ? " " : "s", count));
        return ExitCodes.OK;
    }
}
