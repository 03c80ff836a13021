package org.deepdrill.bank;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.deepdrill.compute.OpException;
import org.deepdrill.compute.OpRegistry;
import org.deepdrill.compute.OpResult;
import org.deepdrill.compute.StepProgram;
import org.deepdrill.compute.Tensor;
import org.deepdrill.compute.TensorJson;
import org.deepdrill.grade.Mistake;

/** Computes a question's key, its worked steps and its mistakes' values with the compute core. */
public final class KeyComputer {
    private final OpRegistry registry;

    public KeyComputer(OpRegistry registry) {
        this.registry = registry;
    }

    public ComputedKey compute(Question q) throws KeyException {
        String at = q.pointer();
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (q.type()) {
            case "choice" -> {
                for (int i = 0; i < q.options().size(); i++) {
                    if (q.options().get(i).correct()) {
                        return new ComputedKey(q, f.numberNode(i), null, List.of());
                    }
                }
                throw new KeyException(at + "/options", "no option is marked correct");
            }
            case "multi" -> {
                ArrayNode pts = f.arrayNode();
                q.options().forEach(o -> pts.add(o.points()));
                return new ComputedKey(q, pts, null, List.of());
            }
            case "open" -> {
                return new ComputedKey(q, new TextNode(q.modelAnswer() == null ? "" : q.modelAnswer()), null, List.of());
            }
            case "expression" -> {
                List<Mistake> mistakes = new ArrayList<>();
                for (Question.MistakeSpec m : q.mistakes()) {
                    if (m.expression() == null) {
                        throw new KeyException(at + "/mistakes", "mistake '" + m.name() + "' of an expression question needs an 'expression'");
                    }
                    mistakes.add(new Mistake(m.name(), new TextNode(m.expression()), m.feedback()));
                }
                return new ComputedKey(q, new TextNode(q.answer().get("expression").asText()), null, mistakes);
            }
            case "shape" -> {
                if (q.answer().has("shape")) {
                    return new ComputedKey(q, q.answer().get("shape"), null, List.of());
                }
                OpResult work = run(q.compute(), at + "/compute");
                Tensor t = select(work, q.answer().get("result").asText(), q.answer().get("index"), at + "/answer");
                ArrayNode dims = f.arrayNode();
                Arrays.stream(t.shape()).forEach(d -> dims.add(String.valueOf(d)));
                return new ComputedKey(q, dims, work, List.of());
            }
            default -> {
                OpResult work = run(q.compute(), at + "/compute");
                String result = q.answer().get("result").asText();
                Tensor key = select(work, result, q.answer().get("index"), at + "/answer");
                checkRank(q.type(), key, at + "/answer");
                List<Mistake> mistakes = new ArrayList<>();
                for (int i = 0; i < q.mistakes().size(); i++) {
                    mistakes.add(mistake(q, q.mistakes().get(i), result, at + "/mistakes/" + i));
                }
                return new ComputedKey(q, TensorJson.toJson(key), work, mistakes);
            }
        }
    }

    private Mistake mistake(Question q, Question.MistakeSpec m, String keyResult, String at) throws KeyException {
        if (m.expression() != null) {
            throw new KeyException(at, "mistake '" + m.name() + "' gives an expression, but the question's key is a " + q.type());
        }
        JsonNode compute = m.compute() != null ? m.compute() : q.compute();
        if (m.args() != null) {
            if (!m.args().isObject() || compute.has("steps")) {
                throw new KeyException(at + "/args", "'args' overrides arguments of an {op, args} computation: it must be an object");
            }
            ObjectNode c = compute.deepCopy();
            ObjectNode args = c.has("args") && c.get("args").isObject() ? (ObjectNode) c.get("args") : c.putObject("args");
            m.args().properties().forEach(e -> args.set(e.getKey(), e.getValue()));
            compute = c;
        }
        OpResult work = run(compute, at);
        Tensor value = select(work, m.result() != null ? m.result() : keyResult,
                m.index() != null ? m.index() : q.answer().get("index"), at);
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
            checkRank(q.type(), value, at);
        } catch (KeyException e) {
            throw new KeyException(at, "mistake '" + m.name() + "': " + e.getMessage());
        }
        return new Mistake(m.name(), TensorJson.toJson(value), m.feedback());
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

    private static Tensor select(OpResult work, String result, JsonNode index, String at) throws KeyException {
        if (!work.results().containsKey(result)) {
            throw new KeyException(at + "/result", "the computation has no result '" + result + "'; it has "
                    + String.join(", ", work.results().keySet()));
        }
        Tensor t = work.get(result);
        if (index == null || index.isNull()) {
            return t;
        }
        if (!index.isArray() || index.size() > t.rank()) {
            throw new KeyException(at + "/index", "'index' must be an array of at most " + t.rank() + " indices into '" + result + "' (" + t.shapeText() + ")");
        }
        int[] shape = t.shape();
        int offset = 0;
        int stride = t.size();
        for (int i = 0; i < index.size(); i++) {
            int idx = index.get(i).asInt(-1);
            if (!index.get(i).isIntegralNumber() || idx < 0 || idx >= shape[i]) {
                throw new KeyException(at + "/index", "index " + index.get(i) + " is outside dimension " + i + " of '" + result + "' (" + t.shapeText() + ")");
            }
            stride /= shape[i];
            offset += idx * stride;
        }
        int[] rest = Arrays.copyOfRange(shape, index.size(), shape.length);
        return Tensor.of(rest, Arrays.copyOfRange(t.data(), offset, offset + stride));
    }

    private static void checkRank(String type, Tensor key, String at) throws KeyException {
        boolean ok = switch (type) {
            case "number" -> key.size() == 1;
            case "vector" -> key.rank() == 1 || (key.rank() == 2 && (key.dim(0) == 1 || key.dim(1) == 1));
            case "matrix" -> key.rank() == 2;
            default -> true;
        };
        if (!ok) {
            throw new KeyException(at, "a " + type + " question's key must be a " + type + ", but the result is " + key.shapeText()
                    + (type.equals("number") ? " (use \"index\" to pick an entry)" : ""));
        }
    }
}
