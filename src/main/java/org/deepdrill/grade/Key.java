package org.deepdrill.grade;

import java.util.List;
import org.deepdrill.compute.Tensor;
import org.deepdrill.compute.TensorJson;

/**
 * An answer key in the form the grader takes, one record per kind of answer. The app, {@code
 * validate} and the {@code check} command all grade through {@link Grader#grade(Key, String)};
 * JSON is read into a key only at the command line's edge.
 */
public sealed interface Key permits Key.WithMistakes, Key.Shape, Key.Choice, Key.Multi, Key.SelfMarked {

    /** The points a right answer earns. */
    double points();

    /** Grades {@code typed} against this key alone (no mistakes recognised). */
    Verdict check(String typed);

    /** The key as a student could type it: a number, JSON-style arrays, the expression, option letters. */
    String typed();

    /**
     * A key whose wrong-but-common answers are known: a wrong answer equal to one of them is
     * explained by that mistake's feedback.
     */
    sealed interface WithMistakes<V> extends Key permits Number, Vector, Matrix, Expression {
        List<Mistake<V>> mistakes();

        /** The same kind of key with {@code value} as its answer, to test whether a typed answer is {@code value}. */
        Key keyed(V value);
    }

    /** A number, within {@code tolerance}. */
    record Number(double value, Tolerance tolerance, double points, List<Mistake<Double>> mistakes)
            implements WithMistakes<Double> {
        public Number {
            mistakes = List.copyOf(mistakes);
        }

        @Override
        public Verdict check(String typed) {
            return NumberChecker.check(value, typed, tolerance, points);
        }

        @Override
        public String typed() {
            return TensorJson.toJson(Tensor.scalar(value)).toString();
        }

        @Override
        public Key keyed(Double v) {
            return new Number(v, tolerance, points, List.of());
        }
    }

    /**
     * A vector, entry by entry within {@code tolerance}: a flat array, or a one-row or one-column
     * matrix when that is how the result came out (the answer grid takes its shape); a row or a
     * column typed is accepted either way.
     */
    record Vector(Tensor value, Tolerance tolerance, double points, List<Mistake<Tensor>> mistakes, EntryCredit credit)
            implements WithMistakes<Tensor> {
        /** All or nothing. */
        public Vector(Tensor value, Tolerance tolerance, double points, List<Mistake<Tensor>> mistakes) {
            this(value, tolerance, points, mistakes, null);
        }

        /** {@code credit}: points for the right entries of a partly right answer, or null for all or nothing. */
        public Vector {
            if (value.rank() != 1 && !(value.rank() == 2 && (value.dim(0) == 1 || value.dim(1) == 1))) {
                throw new IllegalArgumentException("a vector key is a flat array, a row or a column, got " + value.shapeText());
            }
            mistakes = List.copyOf(mistakes);
        }

        @Override
        public Verdict check(String typed) {
            return ArrayChecker.checkVector(value, typed, tolerance, points, credit);
        }

        @Override
        public String typed() {
            return TensorJson.toJson(value).toString();
        }

        @Override
        public Key keyed(Tensor v) {
            return new Vector(v, tolerance, points, List.of());
        }
    }

    /** A matrix (rank 2), entry by entry within {@code tolerance}. */
    record Matrix(Tensor value, Tolerance tolerance, double points, List<Mistake<Tensor>> mistakes, EntryCredit credit)
            implements WithMistakes<Tensor> {
        /** All or nothing. */
        public Matrix(Tensor value, Tolerance tolerance, double points, List<Mistake<Tensor>> mistakes) {
            this(value, tolerance, points, mistakes, null);
        }

        /** {@code credit}: points for the right entries of a partly right answer, or null for all or nothing. */
        public Matrix {
            if (value.rank() != 2) {
                throw new IllegalArgumentException("a matrix key has rank 2, got " + value.shapeText());
            }
            mistakes = List.copyOf(mistakes);
        }

        @Override
        public Verdict check(String typed) {
            return ArrayChecker.checkMatrix(value, typed, tolerance, points, credit);
        }

        @Override
        public String typed() {
            return TensorJson.toJson(value).toString();
        }

        @Override
        public Key keyed(Tensor v) {
            return new Matrix(v, tolerance, points, List.of());
        }
    }

    /** An expression in {@code vars} (case matters), compared by value at random points. */
    record Expression(String expression, List<String> vars, double points, List<Mistake<String>> mistakes)
            implements WithMistakes<String> {
        public Expression {
            vars = List.copyOf(vars);
            mistakes = List.copyOf(mistakes);
        }

        @Override
        public Verdict check(String typed) {
            return ExpressionChecker.check(expression, vars, typed, points);
        }

        @Override
        public String typed() {
            return expression;
        }

        @Override
        public Key keyed(String v) {
            return new Expression(v, vars, points, List.of());
        }
    }

    /** A tensor shape, each dimension an expression in {@code vars}. */
    record Shape(List<String> dims, List<String> vars, double points) implements Key {
        public Shape {
            dims = List.copyOf(dims);
            vars = List.copyOf(vars);
        }

        @Override
        public Verdict check(String typed) {
            return ShapeChecker.check(dims, vars, typed, points);
        }

        @Override
        public String typed() {
            return "(" + String.join(", ", dims) + ")";
        }
    }

    /**
     * Single answer: {@code correct} is the 0-based keyed option of {@code options}; {@code
     * optionFeedback} holds a note per option shown when it is picked (may be shorter, or empty).
     */
    record Choice(int correct, int options, List<String> optionFeedback, double points) implements Key {
        public Choice {
            if (options < 1 || options > 26 || correct < 0 || correct >= options) {
                throw new IllegalArgumentException("a choice key names option " + correct + " of " + options + " (1 to 26)");
            }
            optionFeedback = optionFeedback.stream().map(f -> f == null ? "" : f).toList();
        }

        @Override
        public Verdict check(String typed) {
            return ChoiceChecker.check(correct, options, optionFeedback, typed, points);
        }

        @Override
        public String typed() {
            return String.valueOf((char) ('a' + correct));
        }
    }

    /**
     * Multiple response: ticking option i earns {@code optionPoints[i]} (negative for a wrong
     * statement); the sum is clamped to {@code [0, points]}.
     */
    record Multi(List<Double> optionPoints, List<String> optionFeedback, double points) implements Key {
        /** {@code points} not positive means the sum of the positive option points. */
        public Multi {
            optionPoints = List.copyOf(optionPoints);
            if (optionPoints.isEmpty() || optionPoints.size() > 26) {
                throw new IllegalArgumentException("a multi key has 1 to 26 options, got " + optionPoints.size());
            }
            points = points > 0 ? points : optionPoints.stream().mapToDouble(x -> Math.max(0, x)).sum();
            optionFeedback = optionFeedback.stream().map(f -> f == null ? "" : f).toList();
        }

        @Override
        public Verdict check(String typed) {
            double[] p = optionPoints.stream().mapToDouble(Double::doubleValue).toArray();
            return MultiChecker.check(p, points, optionFeedback, typed);
        }

        /** The options that earn points, as letters: "a, c". */
        @Override
        public String typed() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < optionPoints.size(); i++) {
                if (optionPoints.get(i) > 0) {
                    sb.append(sb.length() > 0 ? ", " : "").append((char) ('a' + i));
                }
            }
            return sb.toString();
        }
    }

    /**
     * An open question: nothing typed can be graded; the student marks their answer against the
     * rubric ({@link Grader#selfMarked}).
     */
    record SelfMarked(double points) implements Key {
        @Override
        public Verdict check(String typed) {
            return Verdict.invalid(points, "A written answer is marked against its rubric after the model answer is shown.", -1);
        }

        /** Nothing: a written answer has no typed key. */
        @Override
        public String typed() {
            return "";
        }
    }
}
