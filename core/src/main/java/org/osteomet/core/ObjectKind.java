package org.osteomet.core;

/** The form a claim's object takes. */
public enum ObjectKind {
    /** A reference to a concept. */
    CONCEPT,
    /** A literal text. */
    TEXT,
    /** A route of administration. */
    ROUTE,
    /** A numeric range with a unit. */
    RANGE
}
