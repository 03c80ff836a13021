package org.deepdrill.bank;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads bank files into {@link Bank}s. A problem is reported as a {@link ValidationIssue} with
 * file, line and column; a question with a problem is skipped and a file that is not a bank
 * yields no bank, but loading always goes on with the rest.
 *
 * <p>This reader (with {@link QuestionReader}) is the one validator of a bank's structure, for
 * the app and {@code validate} alike. {@code questions/schema/bank.schema.json} describes the same
 * format to a TA's editor, and {@code BankSchemaAgreementTest} keeps the two in step (fields,
 * enums, required fields, limits). Running the schema as well used to report the same rule twice
 * in two wordings, and a JSON Schema library cannot be the validator the app relies on: compiling
 * the schema took 0.46–0.48 s on an idle two-core machine (2.4–3.1 s on a busy one), half of
 * the whole start-up to the first question (about 1 s).
 */
public final class BankLoader {
    /** Largest bank file read; the biggest real bank is a few hundred KB. */
    public static final long MAX_FILE_BYTES = 2 * 1024 * 1024;
    /** Most questions one bank may hold. */
    public static final int MAX_QUESTIONS = 1000;
    /** Longest prompt, explanation or model answer, in characters. */
    public static final int MAX_TEXT = 20_000;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");
    /** Longest bank title. */
    static final int MAX_TITLE = 200;
    static final Set<String> BANK_FIELDS = Set.of("$schema", "id", "title", "topic", "description", "questions");

    /** What loading one file gave: the bank (when the file is a bank at all) and every problem found. */
    public record Result(Path file, Optional<Bank> bank, List<ValidationIssue> issues) {
    }

    /**
     * The bank files under the given paths: a file as given, a folder's {@code *.json} files
     * (recursively, skipping {@code schema/} folders), in a stable order.
     */
    /**
     * The bank files under {@code paths}: files as given, folders walked (schema/ skipped). A
     * file in a folder that is a link to somewhere outside that folder is not read: it is
     * reported to {@code skipped}, since a bank folder must not reach the rest of the disk.
     */
    public static List<Path> bankFiles(List<Path> paths, java.util.function.Consumer<ValidationIssue> skipped) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                Path root = p.toRealPath();
                List<Path> found;
                try (Stream<Path> s = Files.walk(p, 8)) {
                    found = s.filter(f -> f.toString().endsWith(".json") && Files.isRegularFile(f))
                            .filter(f -> !p.relativize(f).toString().replace('\\', '/').matches("(.*/)?schema/.*"))
                            .sorted()
                            .toList();
                }
                for (Path f : found) {
                    if (f.toRealPath().startsWith(root)) {
                        files.add(f);
                    } else {
                        skipped.accept(new ValidationIssue(f, 1, 1, "links to " + f.toRealPath()
                                + ", outside the folder " + p + "; a bank must lie inside its folder, so it was not read"));
                    }
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    public Result load(Path file) {
        List<ValidationIssue> issues = new ArrayList<>();
        String text;
        try {
            if (!Files.isRegularFile(file)) {
                issues.add(new ValidationIssue(file, 1, 1, "no such bank file"));
                return new Result(file, Optional.empty(), issues);
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                issues.add(new ValidationIssue(file, 1, 1, "the file is " + Files.size(file) / 1024
                        + " KB, over the limit of " + MAX_FILE_BYTES / 1024 + " KB for a bank"));
                return new Result(file, Optional.empty(), issues);
            }
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            issues.add(new ValidationIssue(file, 1, 1, "the file is not UTF-8 text"));
            return new Result(file, Optional.empty(), issues);
        } catch (IOException e) {
            issues.add(new ValidationIssue(file, 1, 1, "cannot be read: " + e.getMessage()));
            return new Result(file, Optional.empty(), issues);
        }
        return parse(file, text);
    }

    /** Loads a bank from text (the file name is used in messages only). */
    public Result parse(Path file, String text) {
        List<ValidationIssue> issues = new ArrayList<>();
        LocatedJson doc;
        try {
            doc = LocatedJson.parse(text);
        } catch (LocatedJson.SyntaxError e) {
            issues.add(new ValidationIssue(file, e.location().line(), e.location().column(), e.getMessage()));
            return new Result(file, Optional.empty(), issues);
        }
        Reader r = new Reader(file, doc, issues);
        JsonNode root = doc.root();
        doc.duplicateFields().forEach((ptr, loc) -> issues.add(new ValidationIssue(file, loc.line(), loc.column(),
                "field '" + ptr.substring(ptr.lastIndexOf('/') + 1) + "' is given twice")));
        if (!root.isObject()) {
            r.issue("", "a bank must be a JSON object with id, title, topic and questions");
            return new Result(file, Optional.empty(), issues);
        }
        r.unknownFields(root, "", BANK_FIELDS, "a bank");
        String id = r.string(root, "", "id", true, 80);
        if (id != null && !ID.matcher(id).matches()) {
            r.issue("/id", "id '" + id + "' must be letters, digits, '.', '_' or '-' (at most 80)");
        }
        String title = nonEmpty(r, root, "title", MAX_TITLE);
        String topic = nonEmpty(r, root, "topic", QuestionReader.MAX_NAME);
        r.string(root, "", "description", false, QuestionReader.MAX_NOTE);
        JsonNode qs = root.get("questions");
        List<Question> questions = new ArrayList<>();
        if (qs == null || !qs.isArray() || qs.isEmpty()) {
            r.issue(qs == null ? "" : "/questions", "field 'questions' must be a non-empty array of questions");
        } else if (qs.size() > MAX_QUESTIONS) {
            r.issue("/questions", "has " + qs.size() + " questions, over the limit of " + MAX_QUESTIONS);
        } else {
            QuestionReader qr = new QuestionReader(r);
            for (int i = 0; i < qs.size(); i++) {
                qr.read(qs.get(i), "/questions/" + i).ifPresent(questions::add);
            }
        }
        if (id == null || title == null || topic == null) {
            return new Result(file, Optional.empty(), issues);
        }
        return new Result(file, Optional.of(new Bank(file, id, title, topic, questions, doc)), issues);
    }

    /** A required string field that must say something. */
    private static String nonEmpty(Reader r, JsonNode root, String field, int max) {
        String v = r.string(root, "", field, true, max);
        if (v != null && v.isBlank()) {
            r.issue("/" + field, "field '" + field + "' must not be empty");
            return null;
        }
        return v;
    }

    /** Field access that reports problems at the field's location. */
    static final class Reader {
        final Path file;
        final LocatedJson doc;
        final List<ValidationIssue> issues;

        Reader(Path file, LocatedJson doc, List<ValidationIssue> issues) {
            this.file = file;
            this.doc = doc;
            this.issues = issues;
        }

        void issue(String pointer, String message) {
            LocatedJson.Location l = doc.at(pointer);
            issues.add(new ValidationIssue(file, l.line(), l.column(), message));
        }

        void unknownFields(JsonNode obj, String pointer, Set<String> known, String what) {
            obj.fieldNames().forEachRemaining(f -> {
                if (!known.contains(f)) {
                    issue(pointer + "/" + f, "unknown field '" + f + "' in " + what + " (known: "
                            + String.join(", ", new java.util.TreeSet<>(known)) + ")");
                }
            });
        }

        String string(JsonNode obj, String pointer, String field, boolean required, int max) {
            JsonNode v = obj.get(field);
            if (v == null || v.isNull()) {
                if (required) {
                    issue(pointer, "field '" + field + "' is missing");
                }
                return null;
            }
            if (!v.isTextual()) {
                issue(pointer + "/" + field, "field '" + field + "' must be a string");
                return null;
            }
            if (v.asText().length() > max) {
                issue(pointer + "/" + field, "field '" + field + "' is " + v.asText().length() + " characters, over the limit of " + max);
                return null;
            }
            return v.asText();
        }
    }
}
