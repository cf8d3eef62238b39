package org.osteomet.core;

/** What sort of thing a concept is. */
public enum ConceptKind implements Labelled {
    /** A group of treatments, such as bisphosphonates or chemotherapy. */
    TREATMENT_CLASS,
    /** A single drug, such as denosumab. */
    DRUG,
    /** Something done to the patient, such as vertebroplasty. */
    PROCEDURE,
    /** An unwanted effect of a treatment. */
    SIDE_EFFECT,
    /** A disease, state or population, such as prostate cancer or poor kidney function. */
    CONDITION,
    /** What tests or the disease show, such as blastic metastases. */
    FINDING,
    /** An action to take with a treatment, such as a dental checkup. */
    PRECAUTION,
    /** What a choice of treatment depends on. */
    DECISION_FACTOR,
    /** A benefit or effect aimed for, such as pain relief. */
    OUTCOME,
    /** A hormone, protein, cell or supplement that is not itself a treatment. */
    SUBSTANCE,
    /** An assistive device, such as a cane. */
    DEVICE,
    /** A role that provides care, such as a physical therapist. */
    PROVIDER;

    /**
     * Returns the English display label, such as {@code treatment class}.
     *
     * @return the English display label, such as {@code treatment class}
     */
    @Override
    public String label() {
        return Labels.of(this);
    }

    /**
     * Returns whether concepts of this kind are treatments with a file of their own.
     *
     * @return whether concepts of this kind are treatments with a file of their own
     */
    public boolean isTreatment() {
        return this == TREATMENT_CLASS || this == DRUG || this == PROCEDURE;
    }
}
