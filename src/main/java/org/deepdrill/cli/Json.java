package org.deepdrill.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading requests for the commands: from a file or standard input, size-capped, with clear errors. */
final class Json {
    /** Largest request the commands read (a thousand exam-sized requests are well under 1 MB). */
    static final int MAX_INPUT_BYTES = 16 * 1024 * 1024;

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
    }

    private Json() {
    }

    /** The input problem, already phrased for the user. */
    static final class InputException extends Exception {
        private static final long serialVersionUID = 1L;

        InputException(String message) {
            super(message);
        }
    }

    /** Reads {@code source} ("-" or a path) as one JSON document. */
    static JsonNode read(String source, InputStream stdin, String command) throws InputException {
        String name = "-".equals(source) ? "standard input" : source;
        byte[] bytes;
        try {
            if ("-".equals(source)) {
                bytes = stdin.readNBytes(MAX_INPUT_BYTES + 1);
            } else {
                Path p = Path.of(source);
                if (Files.size(p) > MAX_INPUT_BYTES) {
                    throw new InputException(command + ": " + name + " is larger than " + MAX_INPUT_BYTES / (1024 * 1024) + " MB");
                }
                bytes = Files.readAllBytes(p);
            }
        } catch (NoSuchFileException e) {
            throw new InputException(command + ": no such file: " + name);
        } catch (IOException e) {
            throw new InputException(command + ": cannot read " + name + ": " + e.getMessage());
        }
        if (bytes.length > MAX_INPUT_BYTES) {
            throw new InputException(command + ": " + name + " is larger than " + MAX_INPUT_BYTES / (1024 * 1024) + " MB");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw new InputException(command + ": " + name + " is empty: expected a JSON request or an array of them");
        }
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            var start = org.deepdrill.bank.LocatedJson.startsLikeJson(text);
            if (start.isPresent()) {
                throw new InputException(command + ": " + name + " is not JSON: " + start.get()
                        + "; expected a JSON request {…} or an array of them [{…}, …]");
            }
            var loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new InputException(command + ": " + name + " is not valid JSON" + where + ": " + org.deepdrill.bank.LocatedJson.plain(e.getOriginalMessage()));
        }
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
