package org.deepdrill.bank;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks a bank against {@code questions/schema/bank.schema.json}, the schema a TA's editor
 * checks as they type (bundled in the jar), so the command line and the editor agree.
 */
public final class SchemaCheck {
    /** Where the build puts a copy of questions/schema/bank.schema.json. */
    static final String RESOURCE = "/org/deepdrill/bank/schema/bank.schema.json";

    /** One schema violation: the JSON Pointer of the offending value and what is wrong. */
    public record Violation(String pointer, String message) {
    }

    private final Schema schema;

    public SchemaCheck() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().locale(Locale.ENGLISH).build()));
        try (InputStream in = SchemaCheck.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bank schema is missing from the build: " + RESOURCE);
            }
            this.schema = registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every violation of the schema in {@code bank}, in document order of their places. */
    public List<Violation> check(JsonNode bank) {
        List<Violation> out = new ArrayList<>();
        for (Error e : schema.validate(bank)) {
            String pointer = pointer(e.getInstanceLocation());
            out.add(new Violation(pointer, "schema: " + message(e)));
        }
        return out;
    }

    private static String pointer(NodePath path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            sb.append('/').append(String.valueOf(path.getElement(i)).replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }

    /** The library's message without its leading location (ours is the file:line:column). */
    private static String message(Error e) {
        String m = e.getMessage();
        int colon = m.indexOf(": ");
        return m.startsWith("$") || m.startsWith("/") ? (colon > 0 ? m.substring(colon + 2) : m) : m;
    }
}
