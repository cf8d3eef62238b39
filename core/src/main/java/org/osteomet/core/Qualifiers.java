package org.osteomet.core;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The scope of a claim: how often, how serious, how sure, for whom and under what circumstances.
 *
 * <p>Two claims are kept apart only by their typed scope ({@link #scope()}: population, route, combined
 * treatment, member scope); {@code note} is free text for readers and never scopes. Every component may be
 * {@code null} (not stated) except {@code negated}. {@link Field} declares each
 * component once, with its wire name and the form of its value; readers, writers and reports derive from it, so
 * a new qualifier is a new component here, a new {@link Field} and a schema property.
 *
 * @param frequency how often a side effect occurs
 * @param seriousness how serious it is
 * @param hedge the source's hedge word
 * @param negated whether the source states the opposite
 * @param population id of the condition concept the statement is limited to
 * @param route the route of administration the statement is limited to, such as "when given by vein"
 * @param combinedWith id of the treatment concept the statement is limited to being given with
 * @param members with a class subject: the statement holds only for some or many of its members
 * @param comparison with {@code compared-to}: how the subject compares
 * @param aspect with {@code compared-to}: in what respect
 * @param note a short plain-English remark of the editor's for readers; it never scopes the claim
 */
public record Qualifiers(
        Frequency frequency,
        Seriousness seriousness,
        Hedge hedge,
        boolean negated,

        String population,

        Route route,

        String combinedWith,

        MemberScope members,
        Comparison comparison,

        String aspect,

        String note) {

    private static final Constructor<Qualifiers> CANONICAL = canonicalConstructor();

    // Field constants are matched to record components by position; a mismatch is a programming error, so it
    // fails when the class loads rather than when some content happens to use the field.
    private static Constructor<Qualifiers> canonicalConstructor() {
        RecordComponent[] components = Qualifiers.class.getRecordComponents();
        for (Field field : Field.ALL) {
            if (components.length != Field.ALL.size()
                    || !components[field.ordinal()].getName().equals(field.wireName())) {
                throw new IllegalStateException("Qualifiers.Field " + field + " does not match its record component");
            }
        }
        Class<?>[] types =
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return Qualifiers.class.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Qualifiers that state nothing. */
    public static final Qualifiers NONE = of(Map.of());

    /**
     * Checks the components; prefer {@link #builder()}, which names each one.
     *
     * @param frequency how often a side effect occurs
     * @param seriousness how serious it is
     * @param hedge the source's hedge word
     * @param negated whether the source states the opposite
     * @param population id of the condition concept the statement is limited to
     * @param route the route of administration the statement is limited to, such as "when given by vein"
     * @param combinedWith id of the treatment concept the statement is limited to being given with
     * @param members with a class subject: the statement holds only for some or many of its members
     * @param comparison with {@code compared-to}: how the subject compares
     * @param aspect with {@code compared-to}: in what respect
     * @param note a short plain-English remark of the editor's for readers; it never scopes the claim
     * @throws IllegalArgumentException if {@code population} or {@code combinedWith} is not kebab-case, or
     *     {@code note} or {@code aspect} is blank
     */
    public Qualifiers {
        if (population != null) {
            Checks.id(population, "qualifiers.population");
        }
        if (combinedWith != null) {
            Checks.id(combinedWith, "qualifiers.combinedWith");
        }
        if (note != null) {
            Checks.notBlank(note, "qualifiers.note");
        }
        if (aspect != null) {
            Checks.notBlank(aspect, "qualifiers.aspect");
        }
    }

    /**
     * Returns qualifiers with the given values; fields not in the map are not stated ({@code negated}: false).
     *
     * @param values the value of each stated field, of the field's {@link Field#type()}; not null
     * @return the qualifiers
     * @throws IllegalArgumentException if a value has the wrong type or breaks a constraint of the record
     */
    public static Qualifiers of(Map<Field, ?> values) {
        Object[] arguments = new Object[Field.ALL.size()];
        for (Field field : Field.ALL) {
            Object value = values.get(field);
            if (value != null && !field.type().isInstance(value)) {
                throw new IllegalArgumentException("qualifiers." + field.wireName() + " must be a "
                        + field.type().getSimpleName());
            }
            arguments[field.ordinal()] = value == null && field.form() == Form.FLAG ? Boolean.FALSE : value;
        }
        try {
            return CANONICAL.newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Returns the value of one field, or empty if it is not stated; {@code negated} is stated only when true.
     *
     * @param field the field; not null
     * @return the value, of the field's {@link Field#type()}
     */
    public Optional<Object> value(Field field) {
        Object value = field.accessor().apply(this);
        return value == null || Boolean.FALSE.equals(value) ? Optional.empty() : Optional.of(value);
    }

    /**
     * Returns the stated fields with their values, in declaration order.
     *
     * @return the stated fields with their values, in declaration order
     */
    public Map<Field, Object> stated() {
        Map<Field, Object> stated = new EnumMap<>(Field.class);
        for (Field field : Field.ALL) {
            value(field).ifPresent(value -> stated.put(field, value));
        }
        return stated;
    }

    /** The form of a qualifier's value, which says how it is read and written. */
    public enum Form implements Labelled {
        /** A constant of an enum, written as its name. */
        ENUM,
        /** A flag, written only when true. */
        FLAG,
        /** The id of a concept. */
        CONCEPT_ID,
        /** A short text. */
        TEXT;

        /**
         * Returns the English display label, such as {@code concept id}.
         *
         * @return the English display label, such as {@code concept id}
         */
        @Override
        public String label() {
            return Labels.of(this);
        }
    }

    /** One qualifier: the record component it fills, its wire name, the form and type of its value. */
    public enum Field implements Labelled {
        /** How often a side effect occurs. */
        FREQUENCY(Form.ENUM, Frequency.class, Qualifiers::frequency),
        /** How serious it is. */
        SERIOUSNESS(Form.ENUM, Seriousness.class, Qualifiers::seriousness),
        /** The source's hedge word. */
        HEDGE(Form.ENUM, Hedge.class, Qualifiers::hedge),
        /** Whether the source states the opposite. */
        NEGATED(Form.FLAG, Boolean.class, Qualifiers::negated),
        /** The condition the statement is limited to; scopes. */
        POPULATION(Form.CONCEPT_ID, String.class, Qualifiers::population),
        /** The route the statement is limited to; scopes. */
        ROUTE(Form.ENUM, Route.class, Qualifiers::route),
        /** The treatment the statement is limited to being given with; scopes. */
        COMBINED_WITH(Form.CONCEPT_ID, String.class, Qualifiers::combinedWith),
        /** How many members of a class subject the statement holds for; scopes. */
        MEMBERS(Form.ENUM, MemberScope.class, Qualifiers::members),
        /** With {@code compared-to}: how the subject compares. */
        COMPARISON(Form.ENUM, Comparison.class, Qualifiers::comparison),
        /** With {@code compared-to}: in what respect. */
        ASPECT(Form.TEXT, String.class, Qualifiers::aspect),
        /** An editor's remark for readers; never scopes. */
        NOTE(Form.TEXT, String.class, Qualifiers::note);

        /** Every field in the order of the record's components. */
        public static final List<Field> ALL = List.of(values());

        private final Form form;
        private final Class<?> type;
        private final Function<Qualifiers, Object> accessor;
        private final String wireName;

        Field(Form form, Class<?> type, Function<Qualifiers, Object> accessor) {
            this.form = form;
            this.type = type;
            this.accessor = accessor;
            this.wireName = camelCase(name());
        }

        private static String camelCase(String constant) {
            StringBuilder out = new StringBuilder();
            for (String word : constant.toLowerCase(Locale.ROOT).split("_")) {
                out.append(out.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
            }
            return out.toString();
        }

        /**
         * Returns the English display label, such as {@code combined with}.
         *
         * @return the English display label, such as {@code combined with}
         */
        @Override
        public String label() {
            return Labels.of(this);
        }

        /**
         * Returns the name of the field in content files and exports, which is its record component's name.
         *
         * @return the name of the field in content files and exports, which is its record component's name
         */
        public String wireName() {
            return wireName;
        }

        /**
         * Returns the form of the field's value.
         *
         * @return the form of the field's value
         */
        public Form form() {
            return form;
        }

        /**
         * Returns the Java type of the field's value: an enum, {@code Boolean} or {@code String}.
         *
         * @return the Java type of the field's value: an enum, {@code Boolean} or {@code String}
         */
        public Class<?> type() {
            return type;
        }

        /**
         * Returns the constants of an {@link Form#ENUM} field, in declaration order; empty for other forms.
         *
         * @return the constants of an {@link Form#ENUM} field, in declaration order; empty for other forms
         */
        public List<Enum<?>> constants() {
            return form == Form.ENUM ? List.of((Enum<?>[]) type.getEnumConstants()) : List.of();
        }

        /**
         * Returns the value written as {@code text}: an enum constant by its name, {@code true} or {@code false}, or
         * the text itself.
         *
         * @param text the value as written in a file or a CSV cell; not null
         * @return the value, of this field's {@link #type()}
         * @throws IllegalArgumentException if the text names no constant of the field, or is not a flag
         */
        public Object parse(String text) {
            return switch (form) {
                case ENUM ->
                    constants().stream()
                            .filter(c -> c.name().equals(text))
                            .findFirst()
                            .orElseThrow(() -> new IllegalArgumentException(
                                    "qualifiers." + wireName + " has no value \"" + text + "\""));
                case FLAG -> {
                    if (!text.equals("true") && !text.equals("false")) {
                        throw new IllegalArgumentException("qualifiers." + wireName + " must be true or false");
                    }
                    yield Boolean.valueOf(text);
                }
                case CONCEPT_ID, TEXT -> text;
            };
        }

        /**
         * Returns the field with the given wire name.
         *
         * @param wireName a name such as {@code hedge}; not null
         * @return the field, or empty if there is none of that name
         */
        public static Optional<Field> fromWireName(String wireName) {
            return ALL.stream().filter(f -> f.wireName.equals(wireName)).findFirst();
        }

        Function<Qualifiers, Object> accessor() {
            return accessor;
        }
    }

    /**
     * Returns these qualifiers with one field set, or cleared when the value is {@code null}.
     *
     * @param field the field; not null
     * @param value its new value, of the field's {@link Field#type()}, or {@code null}
     * @return the qualifiers
     */
    public Qualifiers with(Field field, Object value) {
        Map<Field, Object> values = stated();
        if (value == null) {
            values.remove(field);
        } else {
            values.put(field, value);
        }
        return of(values);
    }

    /**
     * Returns a builder of qualifiers that state nothing yet.
     *
     * <p>For example {@code Qualifiers.builder().frequency(Frequency.COMMON).hedge(Hedge.MAY).build()}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder(NONE);
    }

    /**
     * Returns a builder that starts from these qualifiers.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link Qualifiers} one named part at a time; each setter takes {@code null} to leave a part unstated. */
    public static final class Builder {
        private final Map<Field, Object> values;

        private Builder(Qualifiers start) {
            this.values = start.stated();
        }

        private Builder set(Field field, Object value) {
            if (value == null) {
                values.remove(field);
            } else {
                values.put(field, value);
            }
            return this;
        }

        /**
         * Sets how often a side effect occurs.
         *
         * @param frequency the frequency, or {@code null}
         * @return this builder
         */
        public Builder frequency(Frequency frequency) {
            return set(Field.FREQUENCY, frequency);
        }

        /**
         * Sets how serious it is.
         *
         * @param seriousness the seriousness, or {@code null}
         * @return this builder
         */
        public Builder seriousness(Seriousness seriousness) {
            return set(Field.SERIOUSNESS, seriousness);
        }

        /**
         * Sets the source's hedge word.
         *
         * @param hedge the hedge, or {@code null}
         * @return this builder
         */
        public Builder hedge(Hedge hedge) {
            return set(Field.HEDGE, hedge);
        }

        /**
         * Sets whether the source states the opposite.
         *
         * @param negated true if it does
         * @return this builder
         */
        public Builder negated(boolean negated) {
            return set(Field.NEGATED, negated ? Boolean.TRUE : null);
        }

        /**
         * Limits the statement to people with a condition.
         *
         * @param population a condition's concept id, or {@code null} for everyone
         * @return this builder
         */
        public Builder population(String population) {
            return set(Field.POPULATION, population);
        }

        /**
         * Limits the statement to one route of administration.
         *
         * @param route the route, or {@code null} for any
         * @return this builder
         */
        public Builder route(Route route) {
            return set(Field.ROUTE, route);
        }

        /**
         * Limits the statement to the subject being given with a treatment.
         *
         * @param combinedWith a treatment's concept id, or {@code null}
         * @return this builder
         */
        public Builder combinedWith(String combinedWith) {
            return set(Field.COMBINED_WITH, combinedWith);
        }

        /**
         * Limits a class's statement to some or many of its members.
         *
         * @param members the member scope, or {@code null} for all members
         * @return this builder
         */
        public Builder members(MemberScope members) {
            return set(Field.MEMBERS, members);
        }

        /**
         * Sets how the subject of a {@code compared-to} claim compares.
         *
         * @param comparison the comparison, or {@code null}
         * @return this builder
         */
        public Builder comparison(Comparison comparison) {
            return set(Field.COMPARISON, comparison);
        }

        /**
         * Sets in what respect a {@code compared-to} claim compares.
         *
         * @param aspect a short text, or {@code null}
         * @return this builder
         */
        public Builder aspect(String aspect) {
            return set(Field.ASPECT, aspect);
        }

        /**
         * Sets the editor's remark for readers.
         *
         * @param note a short text, or {@code null}
         * @return this builder
         */
        public Builder note(String note) {
            return set(Field.NOTE, note);
        }

        /**
         * Returns the qualifiers set so far; the builder can go on being used.
         *
         * @return the qualifiers
         * @throws IllegalArgumentException if a part breaks a constraint of the record
         */
        public Qualifiers build() {
            return of(values);
        }
    }

    /**
     * Returns the typed part of these qualifiers that decides which claims speak of the same thing.
     *
     * @return the typed part of these qualifiers that decides which claims speak of the same thing
     */
    public Scope scope() {
        return new Scope(population, route, combinedWith, members);
    }

    /**
     * Returns these qualifiers with the given hedge.
     *
     * @param newHedge the hedge, or {@code null} to clear it
     * @return these qualifiers with the given hedge
     */
    public Qualifiers withHedge(Hedge newHedge) {
        return with(Field.HEDGE, newHedge);
    }

    /**
     * Returns these qualifiers with {@code negated} set.
     *
     * @param newNegated whether the source states the opposite
     * @return these qualifiers with {@code negated} set
     */
    public Qualifiers withNegated(boolean newNegated) {
        return with(Field.NEGATED, newNegated);
    }

    /**
     * Returns these qualifiers limited to the given population.
     *
     * @param newPopulation a condition id, or {@code null} to clear it
     * @return these qualifiers limited to the given population
     */
    public Qualifiers withPopulation(String newPopulation) {
        return with(Field.POPULATION, newPopulation);
    }

    /**
     * Returns these qualifiers with the given frequency.
     *
     * @param newFrequency the frequency, or {@code null} to clear it
     * @return these qualifiers with the given frequency
     */
    public Qualifiers withFrequency(Frequency newFrequency) {
        return with(Field.FREQUENCY, newFrequency);
    }
}
