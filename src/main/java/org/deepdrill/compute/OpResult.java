package org.deepdrill.compute;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an op returns: its named results (the names of src/site/markdown/compute-ops.md, in a stable order) and
 * the ordered steps that produced them, which the app shows as a worked solution.
 */
public final class OpResult {
    private final Map<String, Tensor> results;
    private final List<Step> steps;

    private OpResult(Map<String, Tensor> results, List<Step> steps) {
        this.results = Collections.unmodifiableMap(new LinkedHashMap<>(results));
        this.steps = List.copyOf(steps);
    }

    public Map<String, Tensor> results() {
        return results;
    }

    public List<Step> steps() {
        return steps;
    }

    /** The named result; throws when the op has no result of that name. */
    public Tensor get(String name) {
        Tensor t = results.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no result '" + name + "'; the results are " + results.keySet());
        }
        return t;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects results and steps in the order they are computed. */
    public static final class Builder {
        private final Map<String, Tensor> results = new LinkedHashMap<>();
        private final List<Step> steps = new ArrayList<>();

        /** Records an intermediate step that is not itself a named result. */
        public Builder step(String name, String label, Tensor value) {
            steps.add(new Step(name, label, value));
            return this;
        }

        /** Records a named result and shows it as a step too. */
        public Builder result(String name, String label, Tensor value) {
            results.put(name, value);
            steps.add(new Step(name, label, value));
            return this;
        }

        /** Records a named result without a step of its own (it repeats one already shown). */
        public Builder resultOnly(String name, Tensor value) {
            results.put(name, value);
            return this;
        }

        public OpResult build() {
            return new OpResult(results, steps);
        }
    }
}
