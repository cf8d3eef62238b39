package org.osteomet.export;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.CodeSystem;
import org.hl7.fhir.r5.model.StructureDefinition;
import org.hl7.fhir.r5.model.ValueSet;

/** One offline HAPI FHIR R5 validator per test JVM: building it takes most of a gigabyte and many seconds. */
final class FhirValidation {
    private static final PrePopulatedValidationSupport TERMINOLOGY = new PrePopulatedValidationSupport(Holder.CONTEXT);
    private static FhirValidator validator;

    private FhirValidation() {}

    /**
     * Validates one resource or bundle.
     *
     * <p>The validator knows osteomet's own code system only from the terminology resources given here, as it would
     * from an implementation guide; without them every osteomet code draws "CodeSystem is unknown".
     */
    static synchronized List<SingleValidationMessage> validate(String resourceJson) {
        ValidationResult result = validator().validateWithResult(resourceJson);
        return result.getMessages();
    }

    /**
     * Makes the CodeSystems, ValueSets and StructureDefinitions (osteomet's extensions) of a bundle known to the
     * validator; call before the first validation.
     */
    static synchronized void addTerminology(String bundleJson) {
        Bundle bundle = Holder.CONTEXT.newJsonParser().parseResource(Bundle.class, bundleJson);
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            if (entry.getResource() instanceof CodeSystem codeSystem) {
                TERMINOLOGY.addCodeSystem(codeSystem);
            } else if (entry.getResource() instanceof ValueSet valueSet) {
                TERMINOLOGY.addValueSet(valueSet);
            } else if (entry.getResource() instanceof StructureDefinition definition) {
                TERMINOLOGY.addStructureDefinition(definition);
            }
        }
    }

    static FhirContext context() {
        return Holder.CONTEXT;
    }

    static List<SingleValidationMessage> withSeverity(
            List<SingleValidationMessage> messages, ResultSeverityEnum... severities) {
        List<ResultSeverityEnum> wanted = List.of(severities);
        return messages.stream().filter(m -> wanted.contains(m.getSeverity())).toList();
    }

    private static FhirValidator validator() {
        if (validator == null) {
            FhirContext context = Holder.CONTEXT;
            ValidationSupportChain chain = new ValidationSupportChain(
                    new DefaultProfileValidationSupport(context),
                    TERMINOLOGY,
                    new CommonCodeSystemsTerminologyService(context),
                    new InMemoryTerminologyServerValidationSupport(context),
                    new SnapshotGeneratingValidationSupport(context));
            validator = context.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
        }
        return validator;
    }

    private static final class Holder {
        static final FhirContext CONTEXT = FhirContext.forR5();
    }
}
