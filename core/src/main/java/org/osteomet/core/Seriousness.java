package org.osteomet.core;

/** How serious a side effect is, as the source states it. */
public enum Seriousness {
    SERIOUS,
    VERY_SERIOUS
}
