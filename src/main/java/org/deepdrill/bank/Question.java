package org.deepdrill.bank;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One question of a bank, as the loader read it: what every question has, and its {@link Kind}
 * with what only that kind has. Numeric keys are never stored: a computed kind says how the core
 * computes them.
 *
 * @param id stable and unique across all banks (progress is keyed by it)
 * @param prompt Markdown with {@code $…$} LaTeX
 * @param kind the kind of answer and its fields
 * @param figure how to draw the question's figure, or null
 * @param params how to draw new inputs for the computation ({@link Params}), or null
 * @param notation how the worked solution writes the op's symbols ({@link Notation}); empty for the op's own
 * @param pointer the question's JSON Pointer in its file, for locating problems
 */
public record Question(
        String id,
        String prompt,
        double points,
        String explanation,
        List<String> tags,
        Source source,
        Kind kind,
        JsonNode figure,
        JsonNode params,
        Map<String, String> notation,
        String pointer) {

    /** Where a question comes from in the exam sheets: the seed file and the sheet's own label. */
    public record Source(String seed, String item) {
    }

    /** The bank's word for the question's kind: {@code choice}, {@code matrix}, … */
    public String type() {
        return kind.name();
    }

    /** The computation behind the key ({@code {"op", "args"}} or {@code {"inputs", "steps"}}), or null. */
    public JsonNode compute() {
        if (kind instanceof Kind.Computed c) {
            return c.compute();
        }
        return kind instanceof Kind.Shape s ? s.compute() : null;
    }

    /** This question with a drawn instance's prompt, explanation and kind (its computation and mistakes). */
    public Question withInstance(String newPrompt, String newExplanation, Kind newKind) {
        return new Question(id, newPrompt, points, newExplanation, tags, source, newKind, figure, params, notation, pointer);
    }

    public boolean isParametric() {
        return params != null && params.isObject() && params.size() > 0;
    }
}
