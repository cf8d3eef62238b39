package org.osteomet.validation.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.RelatedLocation;
import org.osteomet.validation.finding.Severity;
import org.osteomet.validation.finding.ValidationReport;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A validation report as SARIF 2.1.0, in the shape GitHub code scanning ingests: the tool with its version, a
 * descriptor for every kind of finding with help linking to its page at the release's tag, and results with
 * related locations and fingerprints that do not change when lines move.
 */
final class Sarif {
    /** The project's home page, the tool's {@code informationUri}. */
    static final String INFORMATION_URI = "https://github.com/osteomet/osteomet";

    /**
     * The key of the fingerprint in {@code partialFingerprints}; the suffix is its version, to change if what is
     * hashed ever changes.
     */
    static final String FINGERPRINT = "osteometFinding/v1";

    static final String VERSION = readVersion();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Sarif() {}

    static ObjectNode of(ValidationReport report, String prefix) {
        Map<String, RuleDescriptor> descriptors = new LinkedHashMap<>();
        for (RuleDescriptor descriptor : RuleCatalog.all()) {
            descriptors.put(descriptor.id(), descriptor);
        }
        // Ids no page documents still get a descriptor, so every result names one; sorted for stable output.
        TreeSet<String> undocumented = new TreeSet<>();
        Map<String, Severity> undocumentedLevels = new HashMap<>();
        for (Finding finding : report.findings()) {
            if (!descriptors.containsKey(finding.ruleId())) {
                undocumented.add(finding.ruleId());
                undocumentedLevels.putIfAbsent(finding.ruleId(), finding.severity());
            }
        }
        for (String id : undocumented) {
            descriptors.put(id, RuleCatalog.undocumented(id, undocumentedLevels.get(id)));
        }
        List<String> ids = new ArrayList<>(descriptors.keySet());

        ObjectNode root = NODES.objectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "osteomet");
        driver.put("version", VERSION);
        driver.put("semanticVersion", VERSION);
        driver.put("informationUri", INFORMATION_URI);
        ArrayNode rules = driver.putArray("rules");
        for (RuleDescriptor descriptor : descriptors.values()) {
            rules.add(rule(descriptor));
        }
        ArrayNode results = run.putArray("results");
        Map<String, Integer> seen = new HashMap<>();
        for (Finding finding : report.findings()) {
            ObjectNode result = results.addObject();
            result.put("ruleId", finding.ruleId());
            result.put("ruleIndex", ids.indexOf(finding.ruleId()));
            result.put("level", level(finding.severity()));
            result.putObject("message")
                    .put("text", (finding.pointer().isEmpty() ? "" : finding.pointer() + ": ") + finding.message());
            ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", uri(prefix + finding.file()));
            region(physical, finding.line(), finding.column());
            if (!finding.related().isEmpty()) {
                ArrayNode related = result.putArray("relatedLocations");
                for (int i = 0; i < finding.related().size(); i++) {
                    RelatedLocation location = finding.related().get(i);
                    ObjectNode node = related.addObject();
                    node.put("id", i + 1);
                    ObjectNode relatedPhysical = node.putObject("physicalLocation");
                    relatedPhysical.putObject("artifactLocation").put("uri", uri(prefix + location.file()));
                    region(relatedPhysical, location.line(), location.column());
                    node.putObject("message")
                            .put(
                                    "text",
                                    (location.pointer().isEmpty() ? "" : location.pointer() + ": ")
                                            + location.message());
                }
            }
            String key = fingerprintInput(prefix, finding);
            int occurrence = seen.merge(key, 1, Integer::sum);
            result.putObject("partialFingerprints").put(FINGERPRINT, fingerprint(key, occurrence));
        }
        return root;
    }

    private static ObjectNode rule(RuleDescriptor descriptor) {
        ObjectNode node = NODES.objectNode();
        node.put("id", descriptor.id());
        node.put("name", descriptor.name());
        node.putObject("shortDescription").put("text", descriptor.shortDescription());
        node.putObject("fullDescription").put("text", descriptor.fullDescription());
        node.put("helpUri", helpUri(descriptor));
        ObjectNode help = node.putObject("help");
        help.put("text", descriptor.fullDescription() + " See " + helpUri(descriptor));
        if (!descriptor.helpMarkdown().isEmpty()) {
            help.put("markdown", descriptor.helpMarkdown());
        }
        node.putObject("defaultConfiguration").put("level", level(descriptor.level()));
        return node;
    }

    /**
     * Returns the page's address at the tag of this release, {@code v<version>}; a snapshot build has no tag yet, so
     * it links to {@code main}.
     */
    static String helpUri(RuleDescriptor descriptor) {
        String ref = VERSION.endsWith("-SNAPSHOT") ? "main" : "v" + VERSION;
        String kind = descriptor.docPage().endsWith(".md") ? "blob" : "tree";
        return INFORMATION_URI + "/" + kind + "/" + ref + "/" + descriptor.docPage()
                + (descriptor.anchor().isEmpty() ? "" : "#" + descriptor.anchor());
    }

    /**
     * What identifies a finding across runs: its rule, file and JSON pointer. Not its line or column, so editing
     * lines above it keeps its identity, and not its message, which may quote text that changes (such as the
     * closest match of a quote). A pointer holds array indexes, so inserting a record before it gives the findings
     * after it new identities; claims are addressed by index in the files, and that is the trade-off.
     */
    private static String fingerprintInput(String prefix, Finding finding) {
        return finding.ruleId() + "\u0000" + prefix + finding.file() + "\u0000" + finding.pointer();
    }

    // The same rule at the same pointer more than once (such as two unknown words in one text) is told apart by
    // its order among those findings, which the report's fixed order keeps stable.
    private static String fingerprint(String key, int occurrence) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((key + "\u0000" + occurrence).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16) + ":" + occurrence;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    // A relative path stays relative (GitHub resolves it against the checkout); an absolute one becomes a file URI.
    private static String uri(String path) {
        if (path.startsWith("/") || Path.of(path).isAbsolute()) {
            return Path.of(path).toUri().toString();
        }
        try {
            return new URI(null, null, path.replace('\\', '/'), null).getRawPath();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + path, e);
        }
    }

    private static void region(ObjectNode physicalLocation, int line, int column) {
        ObjectNode region = physicalLocation.putObject("region");
        region.put("startLine", line);
        region.put("startColumn", column);
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static String readVersion() {
        Properties properties = new Properties();
        try (InputStream in = Sarif.class.getResourceAsStream("tool.properties")) {
            if (in == null) {
                throw new IllegalStateException("tool.properties is missing from the osteomet-validation jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }
}
