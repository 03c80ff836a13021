package org.deepdrill.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.image.ImageView;
import javafx.scene.text.Text;
import org.testfx.util.WaitForAsyncUtils;

/** What the end-to-end tests read off the screen, and how they wait for the worker thread. */
final class UiProbe {
    private UiProbe() {
    }

    /**
     * The text a node shows: its labels and text runs in order, and a typeset formula as its
     * LaTeX source (a formula image carries it as accessible text).
     */
    static String textOf(Node node) {
        StringBuilder sb = new StringBuilder();
        collect(node, sb);
        return sb.toString();
    }

    private static void collect(Node node, StringBuilder sb) {
        if (node instanceof Labeled l && l.getText() != null) {
            sb.append(l.getText());
        } else if (node instanceof Text t && !node.getClass().getSimpleName().equals("LabeledText")) {
            // a label's own text run is its skin's copy of getText(), already taken
            sb.append(t.getText());
        } else if (node instanceof ImageView v && v.getAccessibleText() != null) {
            sb.append('$').append(v.getAccessibleText()).append('$');
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, sb));
        }
    }

    /**
     * Waits until {@code condition}, evaluated on the FX thread, holds, then lets the FX thread
     * finish what it queued meanwhile. The worker computes keys and grades off the FX thread.
     */
    static void await(String what, Callable<Boolean> condition) throws TimeoutException {
        // generous: the first key of a run waits for ND4J to load
        await(what, 20, condition);
    }

    /** As {@link #await(String, Callable)}, giving up after {@code seconds}. */
    static void await(String what, int seconds, Callable<Boolean> condition) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            TimeoutException t = new TimeoutException("gave up waiting for: " + what);
            t.initCause(e);
            throw t;
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
