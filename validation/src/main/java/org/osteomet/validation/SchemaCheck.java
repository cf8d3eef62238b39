package org.osteomet.validation;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.DisallowUnknownKeywordFactory;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.osteomet.content.Location;
import org.osteomet.content.internal.ContentLayout;
import org.osteomet.content.internal.JsonDocument;
import org.osteomet.content.internal.StrictJsonParser;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.Severity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Checks each content file against its JSON Schema (draft 2020-12), published in this jar under
 * {@code org/osteomet/validation/schema/}.
 *
 * <p>Format assertions are on, unknown schema keywords are refused, and only the bundled schemas can be
 * referenced: nothing is fetched from the network or the file system.
 */
public final class SchemaCheck {
    /** The base of every schema {@code $id}. */
    public static final String ID_BASE = "https://osteomet.org/schema/";
    /** Where the schemas live on the classpath. */
    public static final String CLASSPATH_BASE = "org/osteomet/validation/schema/";

    /**
     * Where the shared definitions live: in core, because the export schema refers to them as well, so that the
     * shape of a claim, its qualifiers and citations is described once.
     */
    static final String DEFINITIONS = "definitions.schema.json";

    static final String DEFINITIONS_CLASSPATH = "org/osteomet/core/schema/" + DEFINITIONS;

    private static final Map<ContentLayout.FileKind, String> SCHEMA_FILES = new EnumMap<>(Map.of(
            ContentLayout.FileKind.SOURCES, "sources.schema.json",
            ContentLayout.FileKind.TREATMENT, "treatment.schema.json",
            ContentLayout.FileKind.SHARED_CONCEPTS, "concepts.schema.json",
            ContentLayout.FileKind.ADJUDICATIONS, "adjudications.schema.json"));

    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private final CompletableFuture<Map<ContentLayout.FileKind, Schema>> schemas;

    /**
     * Starts compiling the bundled schemas on a thread of their own, so that the compilation overlaps reading the
     * first files; the first check waits for it. Reuse the instance.
     */
    public SchemaCheck() {
        schemas = OwnThread.start("osteomet-schema-compile", SchemaCheck::compile);
    }

    private static Map<ContentLayout.FileKind, Schema> compile() {
        SchemaRegistry registry = registry();
        Map<ContentLayout.FileKind, Schema> compiled = new EnumMap<>(ContentLayout.FileKind.class);
        SCHEMA_FILES.forEach((kind, file) -> compiled.put(kind, registry.getSchema(SchemaLocation.of(ID_BASE + file))));
        return compiled;
    }

    /** Returns the compiled schemas, waiting for their compilation; its failure is rethrown as it was. */
    private Map<ContentLayout.FileKind, Schema> schemas() {
        try {
            return schemas.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Returns a registry that resolves only the bundled schemas and the draft 2020-12 meta-schemas. */
    static SchemaRegistry registry() {
        Dialect strict = Dialect.builder(Dialects.getDraft202012())
                .unknownKeywordFactory(DisallowUnknownKeywordFactory.getInstance())
                .build();
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .regularExpressionFactory(new ContentPatterns())
                .pathType(PathType.JSON_POINTER)
                .build();
        return SchemaRegistry.withDefaultDialect(
                strict,
                builder -> builder.schemaRegistryConfig(config)
                        .schemaLoader(loader -> loader.schemaIdResolvers(ids -> ids.mapPrefix(
                                                ID_BASE + DEFINITIONS, "classpath:" + DEFINITIONS_CLASSPATH)
                                        .mapPrefix(ID_BASE, "classpath:" + CLASSPATH_BASE))
                                .block(iri -> !allowed(iri.toString()))));
    }

    static boolean allowed(String iri) {
        return iri.startsWith(ID_BASE)
                || iri.startsWith("classpath:" + CLASSPATH_BASE)
                || iri.equals("classpath:" + DEFINITIONS_CLASSPATH)
                || iri.startsWith("https://json-schema.org/draft/2020-12/")
                || iri.startsWith("classpath:draft/2020-12/");
    }

    /**
     * Validates one document against the schema for its kind of file.
     *
     * @param document the strictly parsed document; not null
     * @param kind the kind of file; not null
     * @return the findings, as {@code schema/<keyword>} errors
     */
    public List<Finding> check(JsonDocument document, ContentLayout.FileKind kind) {
        List<Finding> findings = new ArrayList<>();
        outOfRangeNumbers(document, document.root(), new ArrayList<>(), findings);
        if (!findings.isEmpty()) {
            return findings;
        }
        for (com.networknt.schema.Error error : schemas().get(kind).validate(document.root())) {
            String pointer = pointer(error.getInstanceLocation());
            String message;
            switch (error.getKeyword()) {
                case "required" -> message = "missing required property \"" + error.getProperty() + "\"";
                case "additionalProperties" -> {
                    pointer = pointer + "/" + StrictJsonParser.escape(error.getProperty());
                    message = "unknown property \"" + error.getProperty() + "\"; allowed: "
                            + String.join(", ", allowedProperties(error.getSchemaLocation()));
                }
                default -> message = stripPath(error.getMessage());
            }
            Location at = document.locate(pointer);
            findings.add(new Finding(
                    "schema/" + error.getKeyword(),
                    Severity.ERROR,
                    document.file(),
                    at.line(),
                    at.column(),
                    pointer,
                    message,
                    null,
                    null));
        }
        return findings;
    }

    // The schema library compares whole numbers as longs and fails on one beyond that range (such as 1e19), so such
    // numbers are reported here and the schema is not run on the document; no content number comes near them.
    private static void outOfRangeNumbers(
            JsonDocument document, JsonNode node, List<String> path, List<Finding> findings) {
        if (node.isNumber() && beyondLong(node.decimalValue())) {
            String pointer = path.stream().map(part -> "/" + part).collect(Collectors.joining());
            Location at = document.locate(pointer);
            findings.add(new Finding(
                    "json/value",
                    Severity.ERROR,
                    document.file(),
                    at.line(),
                    at.column(),
                    pointer,
                    "the number " + node.asString() + " is out of range; numbers in content lie between "
                            + Long.MIN_VALUE + " and " + Long.MAX_VALUE,
                    null,
                    null));
            return;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                path.add(String.valueOf(i));
                outOfRangeNumbers(document, node.get(i), path, findings);
                path.remove(path.size() - 1);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                path.add(StrictJsonParser.escape(member.getKey()));
                outOfRangeNumbers(document, member.getValue(), path, findings);
                path.remove(path.size() - 1);
            }
        }
    }

    private static boolean beyondLong(BigDecimal value) {
        return value.compareTo(LONG_MIN) < 0 || value.compareTo(LONG_MAX) > 0;
    }

    private List<String> allowedProperties(SchemaLocation location) {
        String fragment = location.getFragment().toString();
        String parent = fragment.substring(0, fragment.lastIndexOf('/'));
        JsonNode node = location.getAbsoluteIri().toString().endsWith("definitions.schema.json")
                ? readBundled(DEFINITIONS_CLASSPATH).at(parent)
                : readBundled(CLASSPATH_BASE
                                + location.getAbsoluteIri().toString().substring(ID_BASE.length()))
                        .at(parent);
        return node.path("properties").propertyNames().stream().sorted().toList();
    }

    private static JsonNode readBundled(String file) {
        try (InputStream in = SchemaCheck.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("bundled schema missing: " + file);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String pointer(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(StrictJsonParser.escape(String.valueOf(path.getElement(i))));
        }
        return pointer.toString();
    }

    private static String stripPath(String message) {
        // networknt prefixes its messages with the instance path, which the finding already carries.
        int colon = message.indexOf(": ");
        return colon >= 0 && (message.startsWith("/") || message.startsWith(": "))
                ? message.substring(colon + 2)
                : message;
    }
}
