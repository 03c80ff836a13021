package org.deepdrill.bank;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.deepdrill.compute.Tensor;
import org.deepdrill.grade.EntryCredit;
import org.deepdrill.grade.Tolerance;

/**
 * What kind of answer a question takes, with exactly the fields that kind needs: options for a
 * choice, a computation and the result that is its key for a number, vector or matrix, a rubric
 * for an open question. The bank reader makes one of these per question.
 *
 * <p>Code that treats every kind differently goes through a {@link Visitor}, so a new kind is a
 * compile error wherever it must be handled (Java 17 has no pattern matching in {@code switch});
 * code that cares about one kind asks {@code instanceof}.
 */
public sealed interface Kind permits Kind.Choice, Kind.Multi, Kind.Computed, Kind.Expression, Kind.Shape, Kind.Open {

    /** The bank's word for the kinds, in the order the TA guide lists them. */
    List<String> NAMES = List.of("choice", "multi", "number", "vector", "matrix", "expression", "shape", "open");

    /** The bank's word for this kind: {@code choice}, {@code matrix}, … */
    String name();

    <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X;

    /**
     * One method per kind; {@code X} is what the methods may throw ({@link RuntimeException}
     * when nothing checked).
     */
    interface Visitor<R, X extends Exception> {
        R choice(Choice c) throws X;

        R multi(Multi m) throws X;

        R number(Number n) throws X;

        R vector(Vector v) throws X;

        R matrix(Matrix m) throws X;

        R expression(Expression e) throws X;

        R shape(Shape s) throws X;

        R open(Open o) throws X;
    }

    /** An option of a choice (one is {@code correct}) or multi question (each has {@code points}). */
    record Option(String text, boolean correct, double points, String feedback) {
    }

    /** A rubric item of an open question, ticked by the student after reading the model answer. */
    record RubricItem(String text, double points) {
    }

    /**
     * Which computed result is the key: {@code result} by name, and with {@code index} one entry
     * or slice of it (0-based indices into its leading dimensions; empty for the whole result).
     */
    record ResultRef(String result, List<Integer> index) {
        public ResultRef {
            index = List.copyOf(index);
        }
    }

    /**
     * A wrong-but-common computation: {@code compute} (null: the question's own) with {@code args}
     * overriding some of its arguments (null: none), the {@code result} and {@code index} to take
     * (each null: the key's), an optional {@code transform} ({@code transpose}, {@code negate}; null: none),
     * and the {@code points} a student who made it earns (0 unless the bank gives some).
     */
    record ComputedMistake(String name, String feedback, JsonNode compute, JsonNode args, String result,
                           List<Integer> index, String transform, double points) {

        /** Which result is this mistake's value, filling what it leaves out from the key's. */
        public ResultRef resultOr(ResultRef key) {
            return new ResultRef(result != null ? result : key.result(), index != null ? index : key.index());
        }
    }

    /** A wrong-but-common expression, with the feedback for a student who typed it and the points it earns. */
    record ExpressionMistake(String name, String feedback, String expression, double points) {
    }

    /** Single answer: exactly one option is {@code correct}. */
    record Choice(List<Option> options) implements Kind {
        public Choice {
            options = List.copyOf(options);
        }

        /** The 0-based index of the correct option. */
        public int correct() {
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).correct()) {
                    return i;
                }
            }
            throw new IllegalStateException("the reader admits a choice question only with one correct option");
        }

        @Override
        public String name() {
            return "choice";
        }

        @Override
        public <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X {
            return visitor.choice(this);
        }
    }

    /** Multiple response: every ticked option earns its (possibly negative) points. */
    record Multi(List<Option> options) implements Kind {
        public Multi {
            options = List.copyOf(options);
        }

        @Override
        public String name() {
            return "multi";
        }

        @Override
        public <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X {
            return visitor.multi(this);
        }
    }

    /**
     * A number, vector or matrix computed by the core: {@code compute} is {@code {"op", "args"}}
     * or {@code {"inputs", "steps"}}, {@code result} names the key among its results.
     */
    sealed interface Computed extends Kind permits Number, Vector, Matrix {
        JsonNode compute();

        ResultRef result();

        Tolerance tolerance();

        List<ComputedMistake> mistakes();

        /** The same kind for another instance's computation and mistakes (drawn numbers). */
        Computed with(JsonNode newCompute, List<ComputedMistake> newMistakes);

        /** Whether a computed result can be this kind's key (a number has one entry, …). */
        boolean fits(Tensor key);
    }

    record Number(JsonNode compute, ResultRef result, Tolerance tolerance, List<ComputedMistake> mistakes) implements Computed {
        public Number {
            mistakes = List.copyOf(mistakes);
        }

        @Override
        public String name() {
            return "number";
        }

        @Override
        public Computed with(JsonNode newCompute, List<ComputedMistake> newMistakes) {
            return new Number(newCompute, result, tolerance, newMistakes);
        }

        /** One entry (a scalar, or a 1-element array). */
        @Override
        public boolean fits(Tensor key) {
            return key.size() == 1;
        }

        @Override
        public <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X {
            return visitor.number(this);
        }
    }

    /** {@code credit}: points for the right entries of a partly right answer ({@code "partial": "entries"}), or null for all or nothing. */
    record Vector(JsonNode compute, ResultRef result, Tolerance tolerance, List<ComputedMistake> mistakes, EntryCredit credit)
            implements Computed {
        public Vector {
            mistakes = List.copyOf(mistakes);
        }

        @Override
        public String name() {
            return "vector";
        }

        @Override
        public Computed with(JsonNode newCompute, List<ComputedMistake> newMistakes) {
            return new Vector(newCompute, result, tolerance, newMistakes, credit);
        }

        /** A flat array, or a matrix of one row or one column. */
        @Override
        public boolean fits(Tensor key) {
            return key.rank() == 1 || (key.rank() == 2 && (key.dim(0) == 1 || key.dim(1) == 1));
        }

        @Override
        public <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X {
            return visitor.vector(this);
        }
    }

    /** {@code credit}: points for the right entries of a partly right answer ({@code "partial": "entries"}), or null for all or nothing. */
    record Matrix(JsonNode compute, ResultRef result, Tolerance tolerance, List<ComputedMistake> mistakes, EntryCredit credit)
            implements Computed {
        public Matrix {
            mistakes = List.copyOf(mistakes);
        }

        @Override
        public String name() {
            return "matrix";
        }

        @Override
        public Computed with(JsonNode newCompute, List<ComputedMistake> newMistakes) {
            return new Matrix(newCompute, result, tolerance, newMistakes, credit);
        }

        @Override
        public boolean fits(Tensor key) {
            return key.rank() == 2;
        }

        @Override
        public <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X {
            return visitor.matrix(this);
        }
    }

    /** A formula in the variables {@code vars} (case matters), compared by value. */
    record Expression(String key, List<String> vars, List<ExpressionMistake> mistakes) implements Kind {
        public Expression {
            vars = List.copyOf(vars);
            mistakes = List.copyOf(mistakes);
        }

        @Override
        public String name() {
            return "expression";
        }

        @Override
        public <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X {
            return visitor.expression(this);
        }
    }

    /**
     * A tensor shape: either given as dimension expressions in {@code vars} ({@code dims}), or the
     * shape of a computed result ({@code compute} and {@code result}); the other pair is null.
     */
    record Shape(List<String> vars, List<String> dims, JsonNode compute, ResultRef result) implements Kind {
        public Shape {
            vars = List.copyOf(vars);
            dims = dims == null ? null : List.copyOf(dims);
            if ((dims == null) == (compute == null || result == null)) {
                throw new IllegalArgumentException("a shape is either given (dims) or computed (compute and result)");
            }
        }

        @Override
        public String name() {
            return "shape";
        }

        @Override
        public <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X {
            return visitor.shape(this);
        }
    }

    /** Written answer, self-marked against the rubric after the model answer is shown. */
    record Open(List<RubricItem> rubric, String modelAnswer) implements Kind {
        public Open {
            rubric = List.copyOf(rubric);
        }

        @Override
        public String name() {
            return "open";
        }

        @Override
        public <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X {
            return visitor.open(this);
        }
    }
}
