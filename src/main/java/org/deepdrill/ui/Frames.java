package org.deepdrill.ui;

import javafx.scene.Scene;

/** Hooks on the frames JavaFX builds. */
final class Frames {
    private Frames() {
    }

    /**
     * Runs {@code r} on the FX thread after the next pulse has laid out {@code scene}, that is
     * once the frame being built now has been handed to the renderer.
     */
    static void afterNextLayout(Scene scene, Runnable r) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                r.run();
            }
        });
    }
}
