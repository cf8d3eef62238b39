package org.osteomet.core;

import java.util.List;

/**
 * What the content says about treatments for people with one condition: what must not be given, what needs
 * caution, what is safe, what precautions apply, and which treatments can cause it.
 *
 * <p>Each list holds the answers of one {@link ClaimQuery}, labelled as {@link StatedClaim}s, so an inherited or
 * disputed answer says so. An empty list means the content states nothing, never that nothing applies.
 *
 * @param condition id of the condition asked about
 * @param contraindicated {@code contraindicated-in} claims with the condition as object
 * @param caution {@code caution-in} claims with the condition as object
 * @param safe {@code safe-in} claims with the condition as object
 * @param precautions {@code precaution} claims limited to the condition by their {@code population}
 * @param sideEffects {@code side-effect} claims with the condition as object
 */
public record Safety(
        String condition,
        List<StatedClaim> contraindicated,
        List<StatedClaim> caution,
        List<StatedClaim> safe,
        List<StatedClaim> precautions,
        List<StatedClaim> sideEffects) {
    /** Checks the components and copies the lists. */
    /**
     * Checks every component; the messages of its exceptions name the component.
     *
     * @param condition id of the condition asked about
     * @param contraindicated {@code contraindicated-in} claims with the condition as object
     * @param caution {@code caution-in} claims with the condition as object
     * @param safe {@code safe-in} claims with the condition as object
     * @param precautions {@code precaution} claims limited to the condition by their {@code population}
     * @param sideEffects {@code side-effect} claims with the condition as object
     */
    public Safety {
        Checks.id(condition, "condition");
        contraindicated = Checks.list(contraindicated, "contraindicated");
        caution = Checks.list(caution, "caution");
        safe = Checks.list(safe, "safe");
        precautions = Checks.list(precautions, "precautions");
        sideEffects = Checks.list(sideEffects, "sideEffects");
    }

    /**
     * Returns whether the content states nothing about the condition.
     *
     * @return true if every list is empty
     */
    public boolean isEmpty() {
        return contraindicated.isEmpty()
                && caution.isEmpty()
                && safe.isEmpty()
                && precautions.isEmpty()
                && sideEffects.isEmpty();
    }
}
