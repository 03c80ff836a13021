package org.deepdrill.bank;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A bank's {@code "$schema"} is resolved by the TA's editor from the bank's own folder; one that
 * names no file there (a bank moved into a sub-folder, a typo) silently turns off completion and
 * the editor's checks. A URL is left to the editor.
 */
final class SchemaLink {
    static final String SCHEMA = "schema/bank.schema.json";

    private SchemaLink() {
    }

    static Optional<ValidationIssue> check(Bank bank) {
        JsonNode v = bank.source().root().get("$schema");
        if (v == null || !v.isTextual() || v.asText().matches("[A-Za-z][A-Za-z0-9+.-]*://.*")) {
            return Optional.empty();
        }
        Path folder = bank.file().toAbsolutePath().getParent();
        try {
            if (folder == null || Files.isRegularFile(folder.resolve(v.asText()))) {
                return Optional.empty();
            }
        } catch (InvalidPathException e) {
            // reported below like any other name that resolves to nothing
        }
        return Optional.of(bank.issue("/$schema", "'$schema' names " + v.asText() + ", which is not a file from this bank's folder, so an editor"
                + " cannot complete or check it" + suggestion(folder)));
    }

    /** The way to the nearest {@value #SCHEMA} in this folder or above, or "". */
    private static String suggestion(Path folder) {
        for (Path p = folder; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve(SCHEMA))) {
                return "; write \"" + folder.relativize(p.resolve(SCHEMA)).toString().replace('\\', '/') + "\"";
            }
        }
        return "";
    }
}
