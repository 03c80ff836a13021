package org.deepdrill.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The start-up benchmark's yardstick: a plain JavaFX window with one label, started like the app
 * (JavaFX on the class path, default JVM options). It prints the wall-clock time when its first
 * frame is laid out, measured the same way as the app's first question, and quits.
 */
public final class BareWindow extends Application {
    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new Label("Hello"), 400, 300);
        scene.addPostLayoutPulseListener(() -> {
            System.out.println("window shown [epoch ms " + System.currentTimeMillis() + "]");
            Platform.exit();
        });
        stage.setScene(scene);
        stage.show();
    }

    /** A main class that does not extend Application, as the app's own: JavaFX then runs from the class path. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }
}
