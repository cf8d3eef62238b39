package org.osteomet.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.osteomet.content.internal.ContentFiles;
import org.osteomet.core.Citation;
import org.osteomet.core.Claim;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code osteomet diff}: the claims added, removed and changed between two content folders, for pull requests. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = "Lists claims added, removed and changed between two content folders, grouped by concept, with"
                + " the old and new value of each changed part and a word diff of texts ([-old-]{+new+}).")
final class DiffCommand implements Callable<Integer> {
    /** Output formats of the diff. */
    enum Format {
        TEXT,
        MARKDOWN,
        JSON
    }

    /** Kept words shown beside each changed word in text and markdown; JSON has them all. */
    static final int CONTEXT = 5;

    @Option(names = "--old", required = true, paramLabel = "DIR", description = "The content folder before.")
    Path old;

    @Option(names = "--new", required = true, paramLabel = "DIR", description = "The content folder after.")
    Path current;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text, markdown or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ClaimDiff diff = ClaimDiff.between(
                load(old, "--old").content(), load(current, "--new").content());
        String rendered = switch (format) {
            case TEXT -> text(diff);
            case MARKDOWN -> markdown(diff);
            case JSON -> json(diff);
        };
        spec.commandLine().getOut().print(rendered);
        return ExitCodes.OK;
    }

    private static ContentFiles load(Path folder, String option) {
        ContentFiles files = ContentOption.of(folder).read();
        if (!files.problems().isEmpty()) {
            throw new UserError(
                    option + " " + folder + " has " + files.problems().size() + " problem(s), first: "
                            + files.problems().get(0) + "; run 'osteomet validate --content " + folder + "'");
        }
        return files;
    }

    private static String summary(ClaimDiff diff) {
        return diff.count(ClaimDiff.Kind.ADDED) + " added, " + diff.count(ClaimDiff.Kind.REMOVED) + " removed, "
                + diff.count(ClaimDiff.Kind.CHANGED) + " changed";
    }

    private static String text(ClaimDiff diff) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<ClaimDiff.Change>> subject :
                diff.bySubject().entrySet()) {
            out.append(subject.getKey()).append('\n');
            for (ClaimDiff.Change change : subject.getValue()) {
                String sign = switch (change.kind()) {
                    case ADDED -> "+";
                    case REMOVED -> "-";
                    case CHANGED -> "~";
                };
                Claim shown = change.after() != null ? change.after() : change.before();
                out.append("  ")
                        .append(sign)
                        .append(' ')
                        .append(describe(shown))
                        .append("  [")
                        .append(sources(shown))
                        .append("]\n");
                for (ClaimDiff.Difference difference : change.differences()) {
                    out.append("      ")
                            .append(difference.part())
                            .append(": ")
                            .append(shown(difference.before()))
                            .append(" -> ")
                            .append(shown(difference.after()))
                            .append('\n');
                    if (difference.hasWords()) {
                        out.append("        words: ")
                                .append(difference.words().marked(CONTEXT))
                                .append('\n');
                    }
                }
            }
        }
        return out.append(summary(diff)).append('\n').toString();
    }

    private static String markdown(ClaimDiff diff) {
        StringBuilder out = new StringBuilder("### osteomet content changes\n\n")
                .append(summary(diff))
                .append("\n");
        for (Map.Entry<String, List<ClaimDiff.Change>> subject :
                diff.bySubject().entrySet()) {
            out.append("\n#### `").append(subject.getKey()).append("`\n\n| | Claim | Sources |\n|---|---|---|\n");
            for (ClaimDiff.Change change : subject.getValue()) {
                Claim shown = change.after() != null ? change.after() : change.before();
                String what = describe(shown)
                        + change.differences().stream()
                                .map(d -> "<br>" + d.part() + ": " + shown(d.before()) + " → " + shown(d.after())
                                        + (d.hasWords()
                                                ? "<br>words: " + d.words().marked(CONTEXT)
                                                : ""))
                                .collect(Collectors.joining());
                out.append("| ")
                        .append(change.kind().name().toLowerCase(Locale.ROOT))
                        .append(" | ")
                        .append(cell(what))
                        .append(" | ")
                        .append(cell(sources(shown)))
                        .append(" |\n");
            }
        }
        return out.toString();
    }

    private static String json(ClaimDiff diff) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        ArrayNode changes = root.putArray("changes");
        diff.bySubject().forEach((subject, list) -> {
            for (ClaimDiff.Change change : list) {
                ObjectNode node = changes.addObject();
                node.put("subject", subject);
                node.put("change", change.kind().name().toLowerCase(Locale.ROOT));
                node.put("claim", change.id());
                if (change.before() != null) {
                    node.put("before", describe(change.before()));
                }
                if (change.after() != null) {
                    node.put("after", describe(change.after()));
                }
                ArrayNode differences = node.putArray("differences");
                for (ClaimDiff.Difference d : change.differences()) {
                    ObjectNode difference = differences.addObject().put("part", d.part());
                    difference.put("before", d.before());
                    difference.put("after", d.after());
                    WordDiff words = d.words();
                    if (words != null) {
                        difference.put("words", words.marked());
                        ArrayNode pieces = difference.putArray("pieces");
                        for (WordDiff.Piece piece : words.pieces()) {
                            pieces.addObject()
                                    .put("op", piece.op().name().toLowerCase(Locale.ROOT))
                                    .put("text", piece.text());
                        }
                    }
                }
                node.put("sources", sources(change.after() != null ? change.after() : change.before()));
            }
        });
        ObjectNode summary = root.putObject("summary");
        summary.put("added", diff.count(ClaimDiff.Kind.ADDED));
        summary.put("removed", diff.count(ClaimDiff.Kind.REMOVED));
        summary.put("changed", diff.count(ClaimDiff.Kind.CHANGED));
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    /** Returns the claim on one line: id, subject, predicate, object and every stated qualifier. */
    static String describe(Claim claim) {
        StringBuilder text = new StringBuilder(claim.id())
                .append(": ")
                .append(claim.subject())
                .append(' ')
                .append(claim.predicate().id())
                .append(' ')
                .append(claim.object().canonical());
        List<String> scope = claim.qualifiers().stated().entrySet().stream()
                .map(e -> e.getKey().wireName() + " " + ClaimDiff.text(e.getValue()))
                .toList();
        if (!scope.isEmpty()) {
            text.append(" (").append(String.join(", ", scope)).append(')');
        }
        return text.toString();
    }

    private static String shown(String value) {
        return value == null ? "(not stated)" : "\"" + value + "\"";
    }

    private static String sources(Claim claim) {
        return claim.citations().stream().map(Citation::source).distinct().collect(Collectors.joining(", "));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
