package org.deepdrill.bank;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Instances of a question: the default one (the sheet's own numbers) or one drawn from a seed.
 * A draw whose computation fails, or where a listed mistake happens to equal the key (a
 * transposed symmetric matrix, say) or another mistake, is degenerate and is drawn again, so a student never meets
 * a question whose feedback could not tell right from wrong.
 */
public final class Variants {
    /** Draws tried for one seed before giving up on it. */
    public static final int MAX_DRAWS = 25;

    private final KeyComputer keys;

    public Variants(KeyComputer keys) {
        this.keys = keys;
    }

    /** One instance of a question and its computed key. */
    public record Instance(Question question, ComputedKey key, Long seed, Map<String, JsonNode> values) {
    }

    /**
     * The instance for {@code seed}, or the default instance when {@code seed} is null or the
     * question has no parameters.
     *
     * @throws KeyException when the parameters are malformed or no draw computes
     */
    public Instance instance(Question q, Long seed) throws KeyException {
        Params params = Params.of(q);
        if (params.isEmpty()) {
            Question shown = withInputs(q);
            return new Instance(shown, keys.compute(shown), null, Map.of());
        }
        if (seed == null) {
            Map<String, JsonNode> values = params.defaults(q.compute());
            Question filled = fill(q, params, values, false);
            return new Instance(filled, keys.compute(filled), null, values);
        }
        Random rng = new Random(seed * 0x9E3779B97F4A7C15L ^ q.id().hashCode());
        String lastProblem = null;
        for (int attempt = 0; attempt < MAX_DRAWS; attempt++) {
            Map<String, JsonNode> values = params.draw(q.compute(), rng);
            Question drawn = fill(q, params, values, true);
            try {
                ComputedKey key = keys.compute(drawn);
                if (key.mistakesDiffer()) {
                    return new Instance(drawn, key, seed, values);
                }
                lastProblem = "a listed mistake gives the key itself or another mistake's answer";
            } catch (KeyException e) {
                lastProblem = e.getMessage();
            }
        }
        throw new KeyException(q.pointer() + "/params", "no draw of seed " + seed + " in " + MAX_DRAWS
                + " tries gives a usable instance (last: " + lastProblem + ")");
    }

    /**
     * The default instance's question with its prompt filled in, without computing anything: what
     * the app shows while the compute core is still warming up.
     */
    public Question defaultStem(Question q) throws KeyException {
        Params params = Params.of(q);
        return params.isEmpty() ? withInputs(q) : fill(q, params, params.defaults(q.compute()), false);
    }

    /** {@code q} with {@code {{input:name}}} in its prompt and explanation filled from its own computation. */
    private static Question withInputs(Question q) throws KeyException {
        try {
            return q.withInstance(PromptText.renderInputs(q.prompt(), q.compute()),
                    PromptText.renderInputs(q.explanation(), q.compute()), q.kind());
        } catch (IllegalArgumentException e) {
            throw new KeyException(q.pointer() + "/prompt", e.getMessage());
        }
    }

    private static Question fill(Question q, Params params, Map<String, JsonNode> values, boolean drawn) throws KeyException {
        Set<String> edgeLists = new HashSet<>();
        params.list().stream().filter(p -> p.generator().equals("edges")).forEach(p -> edgeLists.add(p.name()));
        String prompt;
        String explanation;
        try {
            prompt = PromptText.render(q.prompt(), values, edgeLists);
            explanation = PromptText.render(q.explanation(), values, edgeLists);
        } catch (IllegalArgumentException e) {
            throw new KeyException(q.pointer() + "/prompt", e.getMessage());
        }
        // inputs are shown as the instance computes them: drawn ones as drawn
        return withInputs(q.withInstance(prompt, explanation, drawn ? withDrawnInputs(q, params, values) : q.kind()));
    }

    /** The question's kind computing from the drawn inputs, in its own computation and its mistakes'. */
    private static Kind withDrawnInputs(Question q, Params params, Map<String, JsonNode> values) throws KeyException {
        if (q.kind() instanceof Kind.Computed c) {
            List<Kind.ComputedMistake> mistakes = new ArrayList<>();
            for (Kind.ComputedMistake m : c.mistakes()) {
                mistakes.add(m.compute() == null ? m : new Kind.ComputedMistake(m.name(), m.feedback(),
                        params.apply(m.compute(), values), m.args(), m.result(), m.index(), m.transform(), m.points()));
            }
            return c.with(params.apply(c.compute(), values), mistakes);
        }
        if (q.kind() instanceof Kind.Shape s && s.compute() != null) {
            return new Kind.Shape(s.vars(), null, params.apply(s.compute(), values), s.result());
        }
        return q.kind();
    }
}
