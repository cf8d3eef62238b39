package org.osteomet.fhirit;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.provider.JpaSystemProvider;
import ca.uhn.fhir.jpa.search.DatabaseBackedPagingProvider;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.provider.ResourceProviderFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.hl7.fhir.r5.model.ArtifactAssessment;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.ClinicalUseDefinition;
import org.hl7.fhir.r5.model.Extension;
import org.hl7.fhir.r5.model.Provenance;
import org.hl7.fhir.r5.model.StringType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteomet.content.ContentLoader;
import org.osteomet.export.ExportFormat;
import org.osteomet.export.Exporter;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Loads the FHIR transaction bundle of the shipped content into a running HAPI FHIR JPA server (H2 in memory,
 * over HTTP) and asks it what docs/fhir.md says a client would ask.
 */
class JpaServerLoadTest {
    static final String CONCEPTS = "https://osteomet.org/fhir/CodeSystem/osteomet-concepts";
    static final String CONCEPT_IDS = "https://osteomet.org/fhir/identifier/concept";
    static final String CLAIM_IDS = "https://osteomet.org/fhir/identifier/claim";
    static final String QUOTE = "https://osteomet.org/fhir/StructureDefinition/quote";
    static final String CLAIM = "https://osteomet.org/fhir/StructureDefinition/claim";

    static AnnotationConfigApplicationContext spring;
    static Server jetty;
    static IGenericClient client;
    static Bundle loaded;

    @BeforeAll
    static void startServerAndPostTheBundle(@TempDir Path out) throws Exception {
        spring = new AnnotationConfigApplicationContext(JpaServerConfig.class);
        FhirContext context = spring.getBean(FhirContext.class);
        RestfulServer server = new RestfulServer(context);
        server.registerProviders(spring.getBean(ResourceProviderFactory.class).createProviders());
        server.registerProvider(spring.getBean(JpaSystemProvider.class));
        server.setPagingProvider(spring.getBean(DatabaseBackedPagingProvider.class));
        jetty = new Server(0);
        ServletContextHandler handler = new ServletContextHandler();
        handler.addServlet(new ServletHolder(server), "/fhir/*");
        jetty.setHandler(handler);
        jetty.start();
        int port = ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
        context.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        context.getRestfulClientFactory().setSocketTimeout(300_000);
        client = context.newRestfulGenericClient("http://localhost:" + port + "/fhir");

        Exporter.write(ContentLoader.load(), "1.0", out.resolve("export"), EnumSet.of(ExportFormat.FHIR));
        // As docs/fhir.md says: the extensions' definitions first, then the content.
        for (String file : List.of("extensions.json", "bundle.json")) {
            String bundle = Files.readString(out.resolve("export/fhir/" + file), StandardCharsets.UTF_8);
            loaded = client.transaction()
                    .withBundle(context.newJsonParser().parseResource(Bundle.class, bundle))
                    .execute();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (jetty != null) {
            jetty.stop();
        }
        if (spring != null) {
            spring.close();
        }
    }

    @Test
    void theServerTakesEveryEntryOfTheTransaction() {
        assertThat(loaded.getType()).isEqualTo(Bundle.BundleType.TRANSACTIONRESPONSE);
        assertThat(loaded.getEntry())
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.getResponse().getStatus()).startsWith("201"));
    }

    @Test
    void findsTheSideEffectsOfDenosumabBySubject() {
        Bundle products = client.search()
                .byUrl("MedicinalProductDefinition?identifier=" + CONCEPT_IDS + "|denosumab")
                .returnBundle(Bundle.class)
                .execute();
        assertThat(products.getEntry()).hasSize(1);
        String denosumab = "MedicinalProductDefinition/"
                + products.getEntryFirstRep().getResource().getIdElement().getIdPart();

        List<String> effects = codes(search("ClinicalUseDefinition?subject=" + denosumab + "&type=undesirable-effect"));

        assertThat(effects)
                .contains("nausea", "osteonecrosis-of-the-jaw", "low-calcium-levels")
                .doesNotContain("bone-metastasis");
        assertThat(codes(search("ClinicalUseDefinition?subject:MedicinalProductDefinition.identifier=" + CONCEPT_IDS
                        + "|denosumab&type=undesirable-effect")))
                .containsExactlyInAnyOrderElementsOf(effects);
    }

    @Test
    void findsTheContraindicationsWithKidneyProblemsAndTheDrugsTheyReach() {
        Bundle found = search("ClinicalUseDefinition?type=contraindication&contraindication=" + CONCEPTS
                + "|kidney-problems&_include=ClinicalUseDefinition:subject");

        List<ClinicalUseDefinition> uses = found.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(ClinicalUseDefinition.class::isInstance)
                .map(ClinicalUseDefinition.class::cast)
                .toList();
        List<String> subjects = found.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(r -> !(r instanceof ClinicalUseDefinition))
                .map(r -> r.fhirType() + " "
                        + r.getNamedProperty("identifier")
                                .getValues()
                                .get(0)
                                .getNamedProperty("value")
                                .getValues()
                                .get(0)
                                .primitiveValue())
                .toList();

        assertThat(uses)
                .extracting(u -> u.getIdentifierFirstRep().getValue())
                .containsExactly("bisphosphonates-contraindicated-in-kidney-problems");
        assertThat(subjects)
                .contains("PlanDefinition bisphosphonates", "MedicinalProductDefinition zoledronate")
                .doesNotContain("MedicinalProductDefinition denosumab");
    }

    @Test
    void findsWhatTheSourceSaysThroughTheProvenanceOfAClinicalUse() {
        Bundle found = search("Provenance?target:ClinicalUseDefinition.identifier=" + CLAIM_IDS
                + "|denosumab-side-effect-osteonecrosis-of-the-jaw");

        assertThat(found.getEntry()).hasSize(1);
        Provenance provenance = (Provenance) found.getEntryFirstRep().getResource();
        assertThat(provenance.getExtensionByUrl(CLAIM).getValue().primitiveValue())
                .isEqualTo("denosumab-side-effect-osteonecrosis-of-the-jaw");
        assertThat(provenance.getEntity()).isNotEmpty().allSatisfy(e -> {
            Extension quote = e.getExtensionByUrl(QUOTE);
            assertThat(((StringType) quote.getValue()).getValue()).isNotBlank();
            assertThat(e.getWhat().getReference()).startsWith("Citation/");
        });
    }

    @Test
    void findsWhatIsDisputed() {
        Bundle found = search("ArtifactAssessment?_count=100");

        assertThat(found.getEntry())
                .extracting(e -> (ArtifactAssessment) e.getResource())
                .filteredOn(a -> a.getContentFirstRep()
                        .getClassifierFirstRep()
                        .getCodingFirstRep()
                        .getCode()
                        .equals("disputed"))
                .extracting(a -> a.getExtensionByUrl(CLAIM).getValue().primitiveValue())
                .contains(
                        "radiopharmaceuticals-side-effect-normal-cell-damage",
                        "radiopharmaceuticals-route-intraosseous");
    }

    private static Bundle search(String url) {
        return client.search().byUrl(url).returnBundle(Bundle.class).execute();
    }

    private static List<String> codes(Bundle bundle) {
        return bundle.getEntry().stream()
                .map(e -> (ClinicalUseDefinition) e.getResource())
                .map(u -> u.getUndesirableEffect()
                        .getSymptomConditionEffect()
                        .getConcept()
                        .getCodingFirstRep()
                        .getCode())
                .toList();
    }
}
