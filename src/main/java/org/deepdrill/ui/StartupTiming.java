package org.deepdrill.ui;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import org.deepdrill.launch.FirstJvmClock;

/**
 * Start-up timing, with {@code -Ddeepdrill.timing=true}: prints when the window, the first
 * question and the background work were ready, in ms from the start of the JVM the student
 * launched (the first one, when the app relaunched itself tuned), and for the start-up
 * benchmark the wall clock of those frames ({@code [epoch ms …]}).
 *
 * <p>Timing must not slow what it times. A mark is one clock read; marks are held, and frames
 * printed, only after the first frame is up, because finding when the JVM started loads the
 * management classes or reads {@code /proc}, on a core the start-up needs.
 */
final class StartupTiming {
    static final boolean ON = Boolean.getBoolean("deepdrill.timing");

    private record Mark(String what, long at) {
    }

    /** Marks made before the start is known. Guarded by the class. */
    private static final List<Mark> HELD = new ArrayList<>();
    /** When the JVM the student launched started (ms since the epoch); -1 until first printed. */
    private static long start = -1;

    private StartupTiming() {
    }

    /** Notes that {@code what} happened now: printed as "{@code what} at N ms". Any thread. */
    static void mark(String what) {
        if (ON) {
            hold(new Mark(what, System.currentTimeMillis()));
        }
    }

    /**
     * Notes "{@code what} after N ms [epoch ms E]" once the frame being built now has been laid
     * out and handed to the renderer. FX thread; {@code node}'s scene may still be on its way.
     */
    static void afterNextFrame(Node node, String what) {
        if (!ON) {
            return;
        }
        if (node.getScene() == null) {
            // the first screen is made before its scene: time the scene's first frame
            firstValue(node.sceneProperty(), node, what);
            return;
        }
        Frames.afterNextLayout(node.getScene(), () -> {
            long at = System.currentTimeMillis();
            // printed after this pulse: another listener of the same frame reads its clock first
            Platform.runLater(() -> {
                learnStart();
                System.out.println(what + " after " + (at - start) + " ms [epoch ms " + at + "]");
            });
        });
    }

    /** Notes {@code what} for the first frame of {@code shownIn} in which {@code value} holds something. */
    static void firstValue(ObservableValue<?> value, Node shownIn, String what) {
        if (!ON) {
            return;
        }
        if (value.getValue() != null) {
            afterNextFrame(shownIn, what);
            return;
        }
        value.addListener(new ChangeListener<Object>() {
            @Override
            public void changed(ObservableValue<?> o, Object was, Object now) {
                if (now != null) {
                    value.removeListener(this);
                    afterNextFrame(shownIn, what);
                }
            }
        });
    }

    private static void hold(Mark m) {
        synchronized (StartupTiming.class) {
            if (start < 0) {
                HELD.add(m);
                return;
            }
        }
        print(m);
    }

    private static void print(Mark m) {
        System.out.println(m.what() + " at " + (m.at() - start) + " ms");
    }

    /** Learns when the JVM the student launched started, and prints the marks held until then. */
    private static void learnStart() {
        List<Mark> marks;
        synchronized (StartupTiming.class) {
            if (start >= 0) {
                return;
            }
            long own = ManagementFactory.getRuntimeMXBean().getStartTime();
            start = Math.min(own, FirstJvmClock.startedAt().orElse(own));
            marks = new ArrayList<>(HELD);
            HELD.clear();
        }
        marks.forEach(StartupTiming::print);
    }
}
