package org.deepdrill;

import org.deepdrill.cli.DeepDrillCommand;

/** Entry point: with arguments, the command line; with none, the desktop app. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(DeepDrillCommand.run(args, System.in, System.out, System.err));
    }
}
