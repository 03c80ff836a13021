package org.deepdrill.bank;

import org.deepdrill.compute.Tensor;
import org.deepdrill.compute.TensorJson;
import org.deepdrill.grade.Key;

/** Wrong answers near a key, for a question to test that its grader tells them apart. */
final class SelfTest {
    private SelfTest() {
    }

    /** A near miss of the key as a student would type it, or null where none makes sense. */
    static String perturbed(ComputedKey key) {
        Key k = key.key();
        if (k instanceof Key.Number n) {
            return String.valueOf(away(n.value()));
        }
        if (k instanceof Key.Vector v) {
            return bumpFirst(v.value());
        }
        if (k instanceof Key.Matrix m) {
            return bumpFirst(m.value());
        }
        if (k instanceof Key.Expression e) {
            return "(" + e.expression() + ")*1.01";
        }
        if (k instanceof Key.Shape s) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < s.dims().size(); i++) {
                sb.append(i > 0 ? ", " : "").append("(").append(s.dims().get(i)).append(")").append(i == 0 ? "+1" : "");
            }
            return sb.append(")").toString();
        }
        if (k instanceof Key.Choice c) {
            return String.valueOf((char) ('a' + (c.correct() + 1) % c.options()));
        }
        return k instanceof Key.Multi ? "" : null;
    }

    /** x moved away from itself by 1% + 0.01, in the direction of its sign: outside any sane rtol/atol. */
    private static double away(double x) {
        return x + Math.copySign(Math.abs(x) * 0.01 + 0.01, x);
    }

    /** The array typed with its first entry one more. */
    private static String bumpFirst(Tensor t) {
        double[] d = t.data().clone();
        d[0] += 1;
        return TensorJson.toJson(Tensor.of(t.shape(), d)).toString();
    }
}
