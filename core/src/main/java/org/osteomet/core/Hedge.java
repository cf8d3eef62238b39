package org.osteomet.core;

/** The source's own hedge word, such as "may" or "usually". */
public enum Hedge {
    MAY,
    MIGHT,
    CAN,
    COULD,
    OFTEN,
    USUALLY,
    SOMETIMES,
    TYPICALLY,
    GENERALLY,
    TENDS_TO,
    SEEMS,
    COMMONLY
}
