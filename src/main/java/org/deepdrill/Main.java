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
            DeepDrillApp.launchApp(args);
            return;
        }
        System.exit(DeepDrillCommand.run(args, System.in, System.out, System.err));
    }
}
