package org.deepdrill.bank;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One question of a bank, as the loader read it. Numeric keys are never stored: {@code compute}
 * says how the core computes them and {@code answer} which result is the key.
 *
 * @param id stable and unique across all banks (progress is keyed by it)
 * @param type choice, multi, number, vector, matrix, expression, shape or open
 * @param prompt Markdown with {@code $…$} LaTeX
 * @param compute {@code {"op", "args"}} or {@code {"inputs", "steps"}}, or null
 * @param answer for computed types {@code {"result": name, "index": [..]}}; for expression
 *     {@code {"expression": text}}; for shape {@code {"shape": [dims]}} or {@code {"result": name,
 *     "shape_of": true}}
 * @param notation how the worked solution writes the op's symbols ({@link Notation}); empty for the op's own
 * @param pointer the question's JSON Pointer in its file, for locating problems
 */
public record Question(
        String id,
        String type,
        String prompt,
        double points,
        String explanation,
        List<String> tags,
        Source source,
        JsonNode compute,
        JsonNode answer,
        List<String> vars,
        List<Option> options,
        List<RubricItem> rubric,
        String modelAnswer,
        List<MistakeSpec> mistakes,
        JsonNode figure,
        JsonNode params,
        Double rtol,
        Double atol,
        Map<String, String> notation,
        String pointer) {

    public static final List<String> TYPES =
            List.of("choice", "multi", "number", "vector", "matrix", "expression", "shape", "open");

    /** Where a question comes from in the exam sheets: the seed file and the sheet's own label. */
    public record Source(String seed, String item) {
    }

    /** An option of a choice (one is {@code correct}) or multi question (each has {@code points}). */
    public record Option(String text, boolean correct, double points, String feedback) {
    }

    /** A rubric item of an open question, ticked by the student after reading the model answer. */
    public record RubricItem(String text, double points) {
    }

    /**
     * A wrong-but-common computation: {@code compute} (default: the question's) with {@code args}
     * overriding some arguments, the {@code result} to take, an optional {@code transform}
     * ({@code transpose}, {@code negate}); or, for expression questions, an {@code expression}.
     */
    public record MistakeSpec(String name, String feedback, JsonNode compute, JsonNode args, String result,
                              JsonNode index, String transform, String expression) {
    }

    /** This question with a drawn instance's prompt, explanation, computation and mistakes. */
    public Question withInstance(String newPrompt, String newExplanation, JsonNode newCompute, List<MistakeSpec> newMistakes) {
        return new Question(id, type, newPrompt, points, newExplanation, tags, source, newCompute, answer, vars, options,
                rubric, modelAnswer, newMistakes, figure, params, rtol, atol, notation, pointer);
    }

    public boolean isParametric() {
        return params != null && params.isObject() && params.size() > 0;
    }
}
