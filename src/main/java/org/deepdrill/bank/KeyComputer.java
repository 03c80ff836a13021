package org.deepdrill.bank;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.deepdrill.compute.OpException;
import org.deepdrill.compute.OpRegistry;
import org.deepdrill.compute.OpResult;
import org.deepdrill.compute.StepProgram;
import org.deepdrill.compute.Tensor;
import org.deepdrill.grade.EntryCredit;
import org.deepdrill.grade.Key;
import org.deepdrill.grade.Mistake;

/** Computes a question's key, its worked steps and its mistakes' values with the compute core. */
public final class KeyComputer {
    private final OpRegistry registry;

    public KeyComputer(OpRegistry registry) {
        this.registry = registry;
    }

    public ComputedKey compute(Question q) throws KeyException {
        String at = q.pointer();
        double points = q.points();
        return q.kind().accept(new Kind.Visitor<ComputedKey, KeyException>() {
            @Override
            public ComputedKey choice(Kind.Choice c) {
                return new ComputedKey(q, new Key.Choice(c.correct(), c.options().size(), feedback(c.options()), points), null);
            }

            @Override
            public ComputedKey multi(Kind.Multi m) {
                List<Double> pts = m.options().stream().map(Kind.Option::points).toList();
                return new ComputedKey(q, new Key.Multi(pts, feedback(m.options()), points), null);
            }

            @Override
            public ComputedKey number(Kind.Number n) throws KeyException {
                Computation<Double> c = computation(n, at, t -> t.data()[0]);
                return new ComputedKey(q, new Key.Number(c.key().data()[0], n.tolerance(), points, c.mistakes()), c.work());
            }

            @Override
            public ComputedKey vector(Kind.Vector v) throws KeyException {
                Computation<Tensor> c = computation(v, at, t -> t);
                requireEntries(v.credit(), c.key(), at);
                return new ComputedKey(q, new Key.Vector(c.key(), v.tolerance(), points, c.mistakes(), v.credit()), c.work());
            }

            @Override
            public ComputedKey matrix(Kind.Matrix m) throws KeyException {
                Computation<Tensor> c = computation(m, at, t -> t);
                requireEntries(m.credit(), c.key(), at);
                return new ComputedKey(q, new Key.Matrix(c.key(), m.tolerance(), points, c.mistakes(), m.credit()), c.work());
            }

            @Override
            public ComputedKey expression(Kind.Expression e) {
                List<Mistake<String>> mistakes = e.mistakes().stream()
                        .map(m -> new Mistake<>(m.name(), m.expression(), m.feedback(), m.points())).toList();
                return new ComputedKey(q, new Key.Expression(e.key(), e.vars(), points, mistakes), null);
            }

            @Override
            public ComputedKey shape(Kind.Shape s) throws KeyException {
                if (s.dims() != null) {
                    return new ComputedKey(q, new Key.Shape(s.dims(), s.vars(), points), null);
                }
                OpResult work = run(s.compute(), at + "/compute");
                Tensor t = select(work, s.result(), at + "/answer");
                List<String> dims = Arrays.stream(t.shape()).mapToObj(String::valueOf).toList();
                return new ComputedKey(q, new Key.Shape(dims, s.vars(), points), work);
            }

            @Override
            public ComputedKey open(Kind.Open o) {
                return new ComputedKey(q, new Key.SelfMarked(points), null);
            }
        });
    }

    /** Credit by entries needs more than one entry to share the points among. */
    private static void requireEntries(EntryCredit credit, Tensor key, String at) throws KeyException {
        if (credit != null && key.size() < 2) {
            throw new KeyException(at + "/partial", "\"partial\": \"entries\" shares the points among the key's entries, but it has only "
                    + key.size() + ": remove 'partial'");
        }
    }

    private static List<String> feedback(List<Kind.Option> options) {
        return options.stream().map(o -> o.feedback() == null ? "" : o.feedback()).toList();
    }

    /** A computed kind's work, its key as the core computed it, and its mistakes' values. */
    private record Computation<V>(OpResult work, Tensor key, List<Mistake<V>> mistakes) {
    }

    /** Runs a number's, vector's or matrix's computation, takes its key and computes each mistake. */
    private <V> Computation<V> computation(Kind.Computed kind, String at, AsValue<V> asValue) throws KeyException {
        OpResult work = run(kind.compute(), at + "/compute");
        Tensor key = select(work, kind.result(), at + "/answer");
        checkSize(kind, key, at + "/answer");
        List<Mistake<V>> mistakes = new ArrayList<>();
        for (int i = 0; i < kind.mistakes().size(); i++) {
            mistakes.add(mistake(kind, kind.mistakes().get(i), at + "/mistakes/" + i, asValue));
        }
        return new Computation<>(work, key, mistakes);
    }

    /** How a mistake's computed tensor becomes a value of the key's type. */
    private interface AsValue<V> {
        V of(Tensor t);
    }

    private <V> Mistake<V> mistake(Kind.Computed kind, Kind.ComputedMistake m, String at, AsValue<V> asValue) throws KeyException {
        JsonNode compute = m.compute() != null ? m.compute() : kind.compute();
        if (m.args() != null) {
            // the reader admits args only as an object, over an {op, args} computation
            ObjectNode c = compute.deepCopy();
            ObjectNode args = c.has("args") && c.get("args").isObject() ? (ObjectNode) c.get("args") : c.putObject("args");
            m.args().properties().forEach(e -> args.set(e.getKey(), e.getValue()));
            compute = c;
        }
        OpResult work = run(compute, at);
        Tensor value = select(work, m.resultOr(kind.result()), at);
        if ("transpose".equals(m.transform())) {
            if (value.rank() != 2) {
                throw new KeyException(at + "/transform", "only a matrix can be transposed");
            }
            double[][] rows = value.toRows();
            double[][] t = new double[rows[0].length][rows.length];
            for (int i = 0; i < rows.length; i++) {
                for (int j = 0; j < rows[0].length; j++) {
                    t[j][i] = rows[i][j];
                }
            }
            value = Tensor.matrix(t);
        } else if ("negate".equals(m.transform())) {
            double[] d = value.data();
            for (int i = 0; i < d.length; i++) {
                d[i] = -d[i];
            }
            value = Tensor.of(value.shape(), d);
        }
        try {
            checkSize(kind, value, at);
        } catch (KeyException e) {
            throw new KeyException(at, "mistake '" + m.name() + "': " + e.getMessage());
        }
        return new Mistake<>(m.name(), asValue.of(value), m.feedback(), m.points());
    }

    /** Runs {@code {op, args}} or {@code {inputs, steps}}. */
    public OpResult run(JsonNode compute, String at) throws KeyException {
        if (compute == null || !compute.isObject()) {
            throw new KeyException(at, "'compute' must be {\"op\": …, \"args\": {…}} or {\"inputs\": …, \"steps\": […]}");
        }
        try {
            if (compute.has("steps")) {
                return new StepProgram(registry).run(compute);
            }
            JsonNode op = compute.get("op");
            if (op == null || !op.isTextual()) {
                throw new KeyException(at, "'compute' needs \"op\", the name of an op");
            }
            if (registry.find(op.asText()).isEmpty()) {
                throw new KeyException(at + "/op", "unknown op '" + op.asText() + "'; the ops are " + String.join(", ", registry.names()));
            }
            return registry.run(op.asText(), compute.get("args"));
        } catch (OpException e) {
            String arg = e.argument();
            String ptr = arg != null && compute.path("args").has(arg) ? at + "/args/" + arg : at;
            throw new KeyException(ptr, e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new KeyException(at, "the computation failed: " + e, e);
        }
    }

    private static Tensor select(OpResult work, Kind.ResultRef ref, String at) throws KeyException {
        String result = ref.result();
        if (!work.results().containsKey(result)) {
            throw new KeyException(at + "/result", "the computation has no result '" + result + "'; it has "
                    + String.join(", ", work.results().keySet()));
        }
        Tensor t = work.get(result);
        List<Integer> index = ref.index();
        if (index.isEmpty()) {
            return t;
        }
        if (index.size() > t.rank()) {
            throw new KeyException(at + "/index", "'index' must be an array of at most " + t.rank() + " indices into '" + result + "' (" + t.shapeText() + ")");
        }
        int[] shape = t.shape();
        int offset = 0;
        int stride = t.size();
        for (int i = 0; i < index.size(); i++) {
            int idx = index.get(i);
            if (idx < 0 || idx >= shape[i]) {
                throw new KeyException(at + "/index", "index " + idx + " is outside dimension " + i + " of '" + result + "' (" + t.shapeText() + ")");
            }
            stride /= shape[i];
            offset += idx * stride;
        }
        int[] rest = Arrays.copyOfRange(shape, index.size(), shape.length);
        return Tensor.of(rest, Arrays.copyOfRange(t.data(), offset, offset + stride));
    }

    /** A number's key is one entry, a vector's a row or column, a matrix's two-dimensional. */
    private static void checkSize(Kind.Computed kind, Tensor key, String at) throws KeyException {
        boolean ok = kind.fits(key);
        if (!ok) {
            String type = kind.name();
            throw new KeyException(at, "a " + type + " question's key must be a " + type + ", but the result is " + key.shapeText()
                    + (type.equals("number") ? " (use \"index\" to pick an entry)" : ""));
        }
    }
}
