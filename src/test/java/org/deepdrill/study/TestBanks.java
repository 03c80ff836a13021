package org.deepdrill.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small bank for study and view-model tests: one question of several kinds, one broken. */
public final class TestBanks {
    private TestBanks() {
    }

    /** Writes the bank into {@code dir} and returns the folder. */
    public static Path write(Path dir) throws IOException {
        Files.writeString(dir.resolve("mini.json"), """
                {"id": "mini", "title": "Mini", "topic": "Graphs", "questions": [
                  {"id": "mini.laplacian", "type": "matrix", "points": 2,
                   "prompt": "Give $L = D - A$ of the path with edges {{edges}}.",
                   "source": {"seed": "000_5d93ba6ba0cd2eee.txt", "item": "Q7"},
                   "compute": {"steps": [
                     {"name": "g", "op": "graph", "args": {"n": 3, "edges": [[0, 1], [1, 2]]}},
                     {"name": "L", "op": "sub", "args": {"a": "$g.degree", "b": "$g.adjacency"}, "label": "L = D - A"}]},
                   "answer": {"result": "L"},
                   "params": {"edges": {"at": "/steps/0/args/edges", "edges": [2, 3]}},
                   "figure": {"kind": "graph"},
                   "mistakes": [{"name": "signless_laplacian",
                     "compute": {"steps": [
                       {"name": "g", "op": "graph", "args": {"n": 3, "edges": [[0, 1], [1, 2]]}},
                       {"name": "S", "op": "add", "args": {"a": "$g.degree", "b": "$g.adjacency"}}]},
                     "result": "S", "feedback": "That is D + A."}]},
                  {"id": "mini.choice", "type": "choice", "prompt": "Which is symmetric for an undirected graph?",
                   "options": [{"text": "$L$", "correct": true}, {"text": "$D^{-1}A$", "feedback": "Not in general."}]},
                  {"id": "mini.broken", "type": "number", "prompt": "Broken",
                   "compute": {"op": "softmax", "args": {"x": [1, 2]}}, "answer": {"result": "output", "index": [5]}},
                  {"id": "mini.open", "type": "open", "points": 2, "prompt": "Why is L positive semi-definite?",
                   "model_answer": "x^T L x is a sum of squares over edges.",
                   "rubric": [{"text": "sum of squares over edges", "points": 2}]}
                ]}
                """);
        return dir;
    }
}
