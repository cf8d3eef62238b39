package org.osteomet.core;

/**
 * A claim as an answer about one concept: the claim, whom it was stated for, and its status.
 *
 * <p>A claim reached through {@code is-a} is stated for a class, not for the concept asked about, and this type
 * makes that impossible to miss: {@link #statedFor()} names the class and {@link #inherited()} is true.
 *
 * @param about the concept that was asked about
 * @param claim the claim; its subject is {@code about} itself or one of its classes
 * @param status the claim's status
 */
public record StatedClaim(String about, Claim claim, ClaimStatus status) {
    /**
     * Checks every component; the messages of its exceptions name the component.
     *
     * @param about the concept that was asked about
     * @param claim the claim; its subject is {@code about} itself or one of its classes
     * @param status the claim's status
     */
    public StatedClaim {
        Checks.id(about, "about");
        Checks.notNull(claim, "claim");
        Checks.notNull(status, "status");
    }

    /**
     * Returns the id of the concept the source stated the claim for: the subject asked about, or its class.
     *
     * @return the id of the concept the source stated the claim for: the subject asked about, or its class
     */
    public String statedFor() {
        return claim.subject();
    }

    /**
     * Returns whether the claim was stated for a class of the concept asked about, not for the concept itself.
     *
     * @return whether the claim was stated for a class of the concept asked about, not for the concept itself
     */
    public boolean inherited() {
        return !claim.subject().equals(about);
    }

    /**
     * Returns whether the claim is disputed, so that it must not be presented as a plain fact.
     *
     * @return whether the claim is disputed, so that it must not be presented as a plain fact
     */
    public boolean disputed() {
        return status == ClaimStatus.DISPUTED;
    }
}
