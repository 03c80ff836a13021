package org.deepdrill.bank;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document read together with where each value starts, keyed by JSON Pointer
 * ({@code /questions/3/compute/op}), because Jackson's tree model forgets locations and a TA
 * needs {@code file:line:column} to fix a bank. Duplicate fields, which Jackson would silently
 * merge, are reported.
 */
public final class LocatedJson {
    /** Deepest nesting a bank may have; real banks need about 8. */
    public static final int MAX_DEPTH = 64;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    /** Line and column, 1-based. */
    public record Location(int line, int column) {
    }

    private final JsonNode root;
    private final Map<String, Location> locations;
    private final List<String> duplicates;

    private LocatedJson(JsonNode root, Map<String, Location> locations, List<String> duplicates) {
        this.root = root;
        this.locations = locations;
        this.duplicates = duplicates;
    }

    /** The exception for text that is not JSON, with where it broke. */
    public static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        private final Location location;

        SyntaxError(String message, Location location) {
            super(message);
            this.location = location;
        }

        public Location location() {
            return location;
        }
    }

    public static LocatedJson parse(String text) throws SyntaxError {
        Map<String, Location> locations = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new SyntaxError("the file is empty: expected a JSON object", new Location(1, 1));
            }
            JsonNode root = read(p, "", locations, duplicates);
            if (p.nextToken() != null) {
                JsonLocation l = p.currentTokenLocation();
                throw new SyntaxError("unexpected content after the end of the JSON document",
                        new Location(l.getLineNr(), l.getColumnNr()));
            }
            return new LocatedJson(root, locations, duplicates);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            Location at = l == null ? new Location(1, 1) : new Location(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
            var start = startsLikeJson(text);
            if (start.isPresent()) {
                throw new SyntaxError("not JSON: " + start.get() + ", and a bank is a JSON object starting with '{'", at);
            }
            var slip = commonSlip(text, at, e.getOriginalMessage());
            if (slip != null) {
                throw slip;
            }
            throw new SyntaxError("not valid JSON: " + plain(e.getOriginalMessage()), at);
        } catch (IOException e) {
            throw new SyntaxError("cannot be read: " + e.getMessage(), new Location(1, 1));
        }
    }

    private static JsonNode read(JsonParser p, String pointer, Map<String, Location> locs, List<String> dups) throws IOException {
        JsonLocation l = p.currentTokenLocation();
        locs.put(pointer, new Location(l.getLineNr(), l.getColumnNr()));
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (p.currentToken()) {
            case START_OBJECT -> {
                ObjectNode o = f.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    String child = pointer + "/" + escape(name);
                    JsonLocation fl = p.currentTokenLocation();
                    p.nextToken();
                    if (o.has(name)) {
                        dups.add(child);
                        locs.put(child + "#dup", new Location(fl.getLineNr(), fl.getColumnNr()));
                    }
                    o.set(name, read(p, child, locs, dups));
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = f.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(read(p, pointer + "/" + i++, locs, dups));
                }
                return a;
            }
            case VALUE_STRING -> {
                return f.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                // the same node types Jackson's own reader makes, so isInt() means the same everywhere
                return switch (p.getNumberType()) {
                    case INT -> f.numberNode(p.getIntValue());
                    case LONG -> f.numberNode(p.getLongValue());
                    default -> f.numberNode(p.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return f.numberNode(p.getDoubleValue());
            }
            case VALUE_TRUE -> {
                return f.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return f.booleanNode(false);
            }
            case VALUE_NULL -> {
                return f.nullNode();
            }
            default -> throw new IllegalStateException("unexpected token " + p.currentToken());
        }
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    public JsonNode root() {
        return root;
    }

    /** Where the value at {@code pointer} starts, or the nearest enclosing value that exists. */
    public Location at(String pointer) {
        String p = pointer;
        while (true) {
            Location l = locations.get(p);
            if (l != null) {
                return l;
            }
            if (p.isEmpty()) {
                return new Location(1, 1);
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** Pointers of fields given twice in one object, with the later occurrence's location. */
    public Map<String, Location> duplicateFields() {
        Map<String, Location> m = new java.util.LinkedHashMap<>();
        for (String d : duplicates) {
            m.put(d, locations.get(d + "#dup"));
        }
        return m;
    }

    /**
     * The two slips a hand-edited bank makes most, said in their own words and located where
     * the fix goes: a comma after the last element (Jackson complains about the ']' after it)
     * and a backslash before a letter JSON has no escape for ({@code \s}, located at the
     * backslash). Null for any other error.
     */
    private static SyntaxError commonSlip(String text, Location at, String jackson) {
        int offset = offset(text, at);
        if (offset < 0 || offset >= text.length() || jackson == null) {
            return null;
        }
        char c = text.charAt(offset);
        if (jackson.startsWith("Unexpected character") && (c == ']' || c == '}')) {
            int comma = offset - 1;
            while (comma >= 0 && Character.isWhitespace(text.charAt(comma))) {
                comma--;
            }
            if (comma >= 0 && text.charAt(comma) == ',') {
                return new SyntaxError("not valid JSON: trailing comma: remove this ',' (JSON allows none after the last "
                        + (c == ']' ? "element of an array" : "field of an object") + ")", location(text, comma));
            }
        }
        if (jackson.startsWith("Unrecognized character escape") && offset > 0 && text.charAt(offset - 1) == '\\') {
            int end = offset;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            String word = end > offset ? text.substring(offset, end) : String.valueOf(c);
            return new SyntaxError("not valid JSON: \\" + c + " is not a JSON escape: write \\\\" + word
                    + " for \\" + word + " (in JSON a backslash is written \\\\)",
                    location(text, offset - 1));
        }
        return null;
    }

    /** The offset in {@code text} of a 1-based line and column, or -1. */
    private static int offset(String text, Location at) {
        int line = 1;
        int i = 0;
        while (line < at.line()) {
            i = text.indexOf('\n', i);
            if (i < 0) {
                return -1;
            }
            i++;
            line++;
        }
        return i + at.column() - 1;
    }

    private static Location location(String text, int offset) {
        int line = 1;
        int start = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                start = i + 1;
            }
        }
        return new Location(line, offset - start + 1);
    }

    /**
     * When {@code text} does not even begin as JSON can (a Markdown or YAML file given by
     * mistake): "it starts with '#'"; empty when its first character may start a JSON value,
     * so the parser's own message says what is wrong further on.
     */
    public static java.util.Optional<String> startsLikeJson(String text) {
        String t = text.strip();
        if (t.startsWith("\uFEFF")) {
            t = t.substring(1).strip();
        }
        if (t.isEmpty() || "{[\"-0123456789tfnNI".indexOf(t.charAt(0)) >= 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("it starts with '" + new String(Character.toChars(t.codePointAt(0))) + "'");
    }

    /**
     * Jackson's parse message in words a TA acts on: what is wrong and what to type, without
     * the parser's internals ("CTRL-CHAR, code 10", source references).
     */
    public static String plain(String jackson) {
        String m = jackson == null ? "" : jackson;
        if (m.contains("CTRL-CHAR, code 10") || m.contains("CTRL-CHAR, code 13")) {
            return "a string is not closed before the end of the line (write a line break inside a string as \\n)";
        }
        if (m.contains("CTRL-CHAR")) {
            return "a control character inside a string must be escaped (\\t for a tab)";
        }
        if (m.startsWith("Unexpected end-of-input")) {
            int in = m.indexOf("within/between ");
            String what = in < 0 ? "" : m.substring(in + "within/between ".length()).replaceAll("\\s.*", "");
            return "the file ends too early" + (what.isEmpty() ? "" : ": an " + what + " is not closed")
                    + " (is the file cut off, or a bracket missing?)";
        }
        if (m.startsWith("Unexpected character")) {
            int expected = m.indexOf("expected");
            String ch = m.replaceAll("(?s)^Unexpected character \\(('.*?')\\s.*", "$1");
            return "unexpected character " + ch + (expected < 0 ? "" : "; " + m.substring(expected).replaceAll("(?s)\\)?\\s*\\n.*", ""));
        }
        if (m.startsWith("Unrecognized token")) {
            return m.replaceAll("(?s)^Unrecognized token '(.*?)'.*", "'$1' is not a JSON value (strings need double quotes; true, false and null are lower case)");
        }
        return m.replaceAll("(?s)\\n.*", "");
    }
}
