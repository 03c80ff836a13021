package org.deepdrill.compute;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** The element-wise activations of {@code rnn} and {@code gnn_layer}. */
enum RnnActivation {
    IDENTITY("identity"),
    TANH("tanh"),
    SIGMOID("sigmoid"),
    RELU("relu");

    private final String name;

    RnnActivation(String name) {
        this.name = name;
    }

    /** Reads the activation argument {@code arg}; {@code fallback} when it is absent. */
    static RnnActivation read(Args args, String arg, RnnActivation fallback) {
        String s = args.choice(arg, fallback.name, "identity", "tanh", "sigmoid", "relu");
        for (RnnActivation a : values()) {
            if (a.name.equals(s)) {
                return a;
            }
        }
        throw new AssertionError(s);
    }

    /** The activation applied to a copy of {@code z}. */
    INDArray apply(INDArray z) {
        return switch (this) {
            case IDENTITY -> z.dup();
            case TANH -> Transforms.tanh(z, true);
            case SIGMOID -> Transforms.sigmoid(z, true);
            case RELU -> Transforms.relu(z, true);
        };
    }

    /** LaTeX of the activation applied to {@code arg}, e.g. {@code \tanh(z)}. */
    String latex(String arg) {
        return switch (this) {
            case IDENTITY -> arg;
            case TANH -> "\\tanh(" + arg + ")";
            case SIGMOID -> "\\sigma(" + arg + ")";
            case RELU -> "\\mathrm{ReLU}(" + arg + ")";
        };
    }
}
