package org.osteomet.core;

/** How a recorded conflict between claims is settled. */
public enum Decision {
    /** One claim is preferred; the others stay, marked as disputed. */
    PREFER,
    /** All claims stand: the disagreement is real and shown to users as such. */
    KEEP_ALL
}
