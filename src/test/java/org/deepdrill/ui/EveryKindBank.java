package org.deepdrill.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A bank for the end-to-end UI tests: one question of every kind, in this order, each with a
 * right answer worked out by hand (see {@link #RIGHT}). The matrix question recognises the
 * signless Laplacian D + A as a mistake; the open question has a two-item rubric.
 */
public final class EveryKindBank {
    /** The question ids in bank order. */
    public static final List<String> IDS = List.of("every.choice", "every.multi", "every.number", "every.vector",
            "every.matrix", "every.expression", "every.shape", "every.open");

    public static final String CHOICE_PROMPT = "Which matrix is symmetric for every undirected graph?";

    /** The path 0 − 1 − 2: degrees 1, 2, 1, so L = D − A row by row. */
    public static final List<List<String>> LAPLACIAN = List.of(List.of("1", "-1", "0"), List.of("-1", "2", "-1"), List.of("0", "-1", "1"));
    /** D + A of the same path: the recognised mistake. */
    public static final List<List<String>> SIGNLESS = List.of(List.of("1", "1", "0"), List.of("1", "2", "1"), List.of("0", "1", "1"));
    public static final String SIGNLESS_FEEDBACK = "That is D + A: the adjacency enters with a minus sign.";

    private EveryKindBank() {
    }

    /** Writes {@code every.json} into {@code dir} and returns the file. */
    public static Path write(Path dir) throws IOException {
        Path file = dir.resolve("every.json");
        Files.writeString(file, json(CHOICE_PROMPT, ""));
        return file;
    }

    /**
     * The bank's text with another choice prompt and, when {@code extraQuestion} is not empty,
     * that question (a JSON object) appended: what a TA's edit looks like on disk.
     */
    public static String json(String choicePrompt, String extraQuestion) {
        return """
                {"id": "every", "title": "Every kind", "topic": "Every kind", "questions": [
                  {"id": "every.choice", "type": "choice", "prompt": "%s",
                   "options": [{"text": "$D^{-1}A$", "feedback": "Not in general: rows are scaled, columns are not."},
                               {"text": "$L = D - A$", "correct": true}]},
                  {"id": "every.multi", "type": "multi", "points": 2, "prompt": "Which are true of softmax?",
                   "options": [{"text": "Its outputs sum to 1.", "points": 1},
                               {"text": "Adding a constant to every input changes nothing.", "points": 1},
                               {"text": "An output can be negative.", "points": -2, "feedback": "Exponentials are positive."}]},
                  {"id": "every.number", "type": "number", "prompt": "Give $\\\\mathrm{softmax}(0, 0)_1$.",
                   "compute": {"op": "softmax", "args": {"x": [0, 0]}}, "answer": {"result": "output", "index": [0]}},
                  {"id": "every.vector", "type": "vector", "points": 2,
                   "prompt": "One query $q = (1, 0)$ attends with argmax attention to keys $(1,0), (0,1)$ and values $(1,2), (3,4)$. Give the output.",
                   "compute": {"op": "attention", "args": {"q": [[1, 0]], "k": [[1, 0], [0, 1]], "v": [[1, 2], [3, 4]], "hard": true}},
                   "answer": {"result": "output", "index": [0]}},
                  {"id": "every.matrix", "type": "matrix", "points": 2, "partial": "entries", "prompt": "Give $L = D - A$ of the path $0 - 1 - 2$.",
                   "compute": {"steps": [
                     {"name": "g", "op": "graph", "args": {"n": 3, "edges": [[0, 1], [1, 2]]}},
                     {"name": "L", "op": "sub", "args": {"a": "$g.degree", "b": "$g.adjacency"}, "label": "L = D - A"}]},
                   "answer": {"result": "L"},
                   "figure": {"kind": "graph"},
                   "mistakes": [{"name": "signless_laplacian",
                     "compute": {"steps": [
                       {"name": "g", "op": "graph", "args": {"n": 3, "edges": [[0, 1], [1, 2]]}},
                       {"name": "S", "op": "add", "args": {"a": "$g.degree", "b": "$g.adjacency"}}]},
                     "result": "S", "feedback": "%s"}]},
                  {"id": "every.expression", "type": "expression", "points": 2,
                   "prompt": "How many weights do the $h$ query projections ($d \\\\times D$ each) and one $D \\\\times D$ output projection have?",
                   "vars": ["h", "d", "D"], "answer": {"expression": "h d D + D^2"}},
                  {"id": "every.shape", "type": "shape",
                   "prompt": "What is the shape of the $h$ heads' queries stacked for one token, as rows $\\\\times$ columns?",
                   "vars": ["h", "d", "D"], "answer": {"shape": ["h*d", "D"]}},
                  {"id": "every.open", "type": "open", "points": 2, "prompt": "Why is $L$ positive semi-definite?",
                   "model_answer": "$x^T L x$ is a sum of squares over the edges.",
                   "rubric": [{"text": "a sum of squares", "points": 1}, {"text": "one term per edge", "points": 1}]}%s
                ]}
                """.formatted(choicePrompt, SIGNLESS_FEEDBACK, extraQuestion.isEmpty() ? "" : ",\n  " + extraQuestion);
    }
}
