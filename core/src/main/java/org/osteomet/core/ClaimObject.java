package org.osteomet.core;

/** What a claim says about its subject: a concept, a text, a route or a range. */
public sealed interface ClaimObject {

    /**
     * Returns the form of this object.
     *
     * @return the form of this object
     */
    ObjectKind kind();

    /**
     * Returns the object as one canonical string, for grouping and display.
     *
     * @return the object as one canonical string, for grouping and display
     */
    String canonical();

    /**
     * A reference to a concept.
     *
     * @param concept id of the concept
     */
    record ConceptObject(String concept) implements ClaimObject {
        /**
         * Checks the component.
         *
         * @param concept id of the concept
         */
        public ConceptObject {
            Checks.id(concept, "object.concept");
        }

        @Override
        public ObjectKind kind() {
            return ObjectKind.CONCEPT;
        }

        @Override
        public String canonical() {
            return concept;
        }
    }

    /**
     * A literal text.
     *
     * @param text the text, at most 500 characters
     */
    record TextObject(String text) implements ClaimObject {
        /**
         * Checks the component.
         *
         * @param text the text, at most 500 characters
         */
        public TextObject {
            Checks.notBlank(text, "object.text");
        }

        @Override
        public ObjectKind kind() {
            return ObjectKind.TEXT;
        }

        @Override
        public String canonical() {
            return text;
        }
    }

    /**
     * A route of administration.
     *
     * @param route the route
     */
    record RouteObject(Route route) implements ClaimObject {
        /**
         * Checks the component.
         *
         * @param route the route
         */
        public RouteObject {
            Checks.notNull(route, "object.route");
        }

        @Override
        public ObjectKind kind() {
            return ObjectKind.ROUTE;
        }

        @Override
        public String canonical() {
            return route.name();
        }
    }

    /**
     * A numeric range with a unit.
     *
     * @param range the range
     */
    record RangeObject(Range range) implements ClaimObject {
        /**
         * Checks the component.
         *
         * @param range the range
         */
        public RangeObject {
            Checks.notNull(range, "object.range");
        }

        @Override
        public ObjectKind kind() {
            return ObjectKind.RANGE;
        }

        @Override
        public String canonical() {
            return (range.min() == null ? "" : range.min()) + ".." + (range.max() == null ? "" : range.max()) + " "
                    + range.unit();
        }
    }

    /**
     * Returns a reference to the concept with the given id.
     *
     * @param id the id; not null
     * @return a reference to the concept with the given id
     */
    static ClaimObject concept(String id) {
        return new ConceptObject(id);
    }

    /**
     * Returns a literal text object.
     *
     * @param text the text; not blank
     * @return a literal text object
     */
    static ClaimObject text(String text) {
        return new TextObject(text);
    }
}
