package org.osteomet.export;

/** A page of HTML being written, where every piece of content text passes through {@link #text}. */
final class Html {
    private final StringBuilder out = new StringBuilder(1 << 14);

    /** Appends markup written by this package, never content text. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Appends text, escaped for element content and attribute values alike. */
    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Appends an element holding escaped text, such as {@code <h2 id="x">Side effects</h2>}. */
    Html element(String tag, String attributes, String text) {
        out.append('<').append(tag);
        if (!attributes.isEmpty()) {
            out.append(' ').append(attributes);
        }
        out.append('>').append(escape(text)).append("</").append(tag).append('>');
        return this;
    }

    /** Appends a link with escaped text. */
    Html link(String href, String text) {
        out.append("<a href=\"")
                .append(escape(href))
                .append("\">")
                .append(escape(text))
                .append("</a>");
        return this;
    }

    /** Returns the text escaped for HTML content and double- or single-quoted attributes. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
