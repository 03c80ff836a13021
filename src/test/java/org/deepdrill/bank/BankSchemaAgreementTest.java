package org.deepdrill.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.deepdrill.grade.EntryCredit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bank reader is the validator; {@code questions/schema/bank.schema.json} tells a TA's editor
 * the same format. These tests fail when one learns a field, a value or a limit the other does not.
 */
class BankSchemaAgreementTest {
    private static JsonNode schema;

    @BeforeAll
    static void readSchema() throws Exception {
        schema = new ObjectMapper().readTree(Path.of("questions/schema/bank.schema.json").toFile());
    }

    private static Set<String> fields(String pointer) {
        JsonNode properties = schema.at(pointer);
        assertEquals(true, properties.isObject(), pointer + " is not in the schema");
        Set<String> out = new TreeSet<>();
        properties.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<String> values(String pointer) {
        List<String> out = new ArrayList<>();
        schema.at(pointer).forEach(v -> out.add(v.asText()));
        return out;
    }

    private static double number(String pointer) {
        JsonNode v = schema.at(pointer);
        assertEquals(true, v.isNumber(), pointer + " is not a number in the schema");
        return v.asDouble();
    }

    private static final String Q = "/$defs/question/properties";

    @Test
    void bothKnowTheSameFieldsOfEveryObject() {
        assertEquals(new TreeSet<>(BankLoader.BANK_FIELDS), fields("/properties"));
        assertEquals(new TreeSet<>(QuestionReader.QUESTION_FIELDS), fields(Q));
        assertEquals(new TreeSet<>(QuestionReader.OPTION_FIELDS), fields(Q + "/options/items/properties"));
        assertEquals(new TreeSet<>(QuestionReader.MISTAKE_FIELDS), fields(Q + "/mistakes/items/properties"));
        assertEquals(new TreeSet<>(QuestionReader.RUBRIC_FIELDS), fields(Q + "/rubric/items/properties"));
        assertEquals(new TreeSet<>(QuestionReader.SOURCE_FIELDS), fields(Q + "/source/properties"));
    }

    @Test
    void bothRequireTheSameFields() {
        assertEquals(List.of("id", "title", "topic", "questions"), values("/required"));
        assertEquals(List.of("id", "type", "prompt"), values("/$defs/question/required"));
        assertEquals(List.of("text"), values(Q + "/options/items/required"));
        assertEquals(List.of("name", "feedback"), values(Q + "/mistakes/items/required"));
        assertEquals(List.of("text", "points"), values(Q + "/rubric/items/required"));
        assertEquals(List.of("seed", "item"), values(Q + "/source/required"));
    }

    @Test
    void bothAcceptTheSameWords() {
        assertEquals(Kind.NAMES, values(Q + "/type/enum"));
        assertEquals(List.of("rows", "columns"), values(Q + "/layout/enum"));
        assertEquals(List.of("none", "entries"), values(Q + "/partial/enum"));
        assertEquals(List.of("transpose", "negate"), values(Q + "/mistakes/items/properties/transform/enum"));
        assertEquals(List.of("graph", "mask", "heatmap", "rnn"), values(Q + "/figure/properties/kind/enum"));
        assertEquals(new TreeSet<>(List.of("graph", "mask", "heatmap", "rnn")), new TreeSet<>(Figures.KINDS));
    }

    @Test
    void bothHaveTheSameLimits() {
        assertEquals(BankLoader.MAX_QUESTIONS, number("/properties/questions/maxItems"));
        assertEquals(BankLoader.MAX_TEXT, number("/$defs/text/maxLength"));
        assertEquals(BankLoader.MAX_TITLE, number("/properties/title/maxLength"));
        assertEquals(QuestionReader.MAX_NAME, number("/properties/topic/maxLength"));
        assertEquals(QuestionReader.MAX_NOTE, number("/properties/description/maxLength"));
        assertEquals(QuestionReader.MAX_LIST, number("/$defs/strings/maxItems"));
        assertEquals(QuestionReader.MAX_NAME, number("/$defs/strings/items/maxLength"));
        assertEquals(QuestionReader.MAX_LIST, number(Q + "/rubric/maxItems"));
        assertEquals(QuestionReader.MAX_MISTAKES, number(Q + "/mistakes/maxItems"));
        assertEquals(2, number(Q + "/options/minItems"));
        assertEquals(26, number(Q + "/options/maxItems"));
        assertEquals(QuestionReader.MAX_NOTE, number(Q + "/options/items/properties/text/maxLength"));
        assertEquals(QuestionReader.MAX_NOTE, number(Q + "/mistakes/items/properties/feedback/maxLength"));
        assertEquals(QuestionReader.MAX_NAME, number(Q + "/mistakes/items/properties/name/maxLength"));
        assertEquals(QuestionReader.MAX_EXPRESSION, number(Q + "/mistakes/items/properties/expression/maxLength"));
        assertEquals(QuestionReader.MAX_POINTS, number(Q + "/points/maximum"));
        assertEquals(QuestionReader.MAX_POINTS, number(Q + "/mistakes/items/properties/points/maximum"));
        assertEquals(QuestionReader.MAX_RTOL, number(Q + "/rtol/maximum"));
        assertEquals(QuestionReader.MAX_ATOL, number(Q + "/atol/maximum"));
        assertEquals(QuestionReader.MIN_POINT_STEP, number(Q + "/point_step/minimum"));
        assertEquals(Notation.MAX_SYMBOLS, number(Q + "/notation/maxProperties"));
        assertEquals(Notation.MAX_LENGTH, number(Q + "/notation/additionalProperties/maxLength"));
        // an id: a letter or digit, then up to 79 of letters, digits, '.', '_', '-'
        assertEquals("^[A-Za-z0-9][A-Za-z0-9._-]{0," + (QuestionReader.MAX_NAME - 1) + "}$", schema.at("/$defs/id/pattern").asText());
        assertEquals(0.5, EntryCredit.DEFAULT_STEP);
    }
}
