package org.deepdrill.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples TAs copy from questions/README.md are themselves a valid bank. */
class FormatGuideTest {

    @Test
    void everyExampleInTheFormatGuideValidatesAndEveryTypeHasOne(@TempDir Path dir) throws Exception {
        String guide = Files.readString(Path.of("questions", "README.md"));
        int section = guide.indexOf("## One complete example of every type");
        int start = guide.indexOf("```json", section) + "```json".length();
        String block = guide.substring(start, guide.indexOf("```", start)).strip();
        List<String> questions = new ArrayList<>();
        for (String example : block.split("\\n\\s*\\n")) {
            questions.add(example.strip());
        }
        Path bank = dir.resolve("examples.json");
        Files.writeString(bank, "{\"id\": \"examples\", \"title\": \"Examples\","
                + " \"topic\": \"examples\", \"questions\": [\n" + String.join(",\n", questions) + "\n]}");
        BankValidator.Report report = new BankValidator().validate(List.of(bank));
        assertEquals("", report.issues().stream().map(Object::toString).collect(Collectors.joining("\n")));
        List<String> types = report.banks().get(0).questions().stream().map(Question::type).distinct().sorted().toList();
        assertEquals(Kind.NAMES.stream().sorted().toList(), types);
        assertTrue(report.banks().get(0).questions().size() >= Kind.NAMES.size());
    }
}
