package org.osteomet.validation.rules;

import org.osteomet.core.Adjudication;
import org.osteomet.core.Claim;
import org.osteomet.core.Concept;
import org.osteomet.core.Source;

/** Id and kind of any content record, for messages. */
final class Records {
    private Records() {}

    static String id(Object record) {
        if (record instanceof Source s) {
            return s.id();
        }
        if (record instanceof Concept c) {
            return c.id();
        }
        if (record instanceof Claim c) {
            return c.id();
        }
        if (record instanceof Adjudication a) {
            return a.id();
        }
        throw new IllegalArgumentException("not a content record: " + record.getClass());
    }

    static String kind(Object record) {
        return record.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
}
