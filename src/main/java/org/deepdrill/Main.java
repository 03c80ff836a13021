package org.deepdrill;

import java.util.OptionalInt;
import org.deepdrill.cli.DeepDrillCommand;
import org.deepdrill.launch.TunedLaunch;
import org.deepdrill.ui.DeepDrillApp;

/** Entry point: with arguments, the command line; with none, the desktop app. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            OptionalInt tuned = TunedLaunch.relaunchIfUseful();
            if (tuned.isPresent()) {
                System.exit(tuned.getAsInt());
            }
            headlessAwt(System.getProperties());
            DeepDrillApp.launchApp(args);
            return;
        }
        System.exit(DeepDrillCommand.run(args, System.in, System.out, System.err));
    }

    /**
     * AWT headless unless the user chose otherwise. The app uses AWT only to draw formulas into
     * images (jlatexmath). Left to itself AWT also opens its own X connection and swaps Xlib's
     * one, process-wide error handler around its calls; when that meets a GDK error trap of
     * JavaFX's GTK window (as the window closes), GDK prints "XSetErrorHandler() called with a
     * GDK error trap pushed" on every exit. Headless AWT never touches X and draws images the same.
     */
    static void headlessAwt(java.util.Properties system) {
        system.putIfAbsent("java.awt.headless", "true");
    }
}
