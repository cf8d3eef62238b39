package org.osteomet.core;

/**
 * How many members of a class a claim about the class holds for, where the source says it is not all of them.
 *
 * <p>A claim with a member scope is about the class as a group ("some bisphosphonates are taken by mouth"), so
 * it never reaches a member through {@code is-a} and never conflicts with what is said of all members.
 */
public enum MemberScope implements Labelled {
    /** "Some" members. */
    SOME,
    /** "Many" members. */
    MANY;

    /**
     * Returns the English display label, such as {@code some}.
     *
     * @return the English display label, such as {@code some}
     */
    @Override
    public String label() {
        return Labels.of(this);
    }
}
