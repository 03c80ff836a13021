package org.deepdrill;

import org.deepdrill.cli.DeepDrillCommand;

/** Entry point: with arguments, the command line; with none, the desktop app. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // The desktop app is not built yet; until it is, no arguments show what the CLI can do.
        String[] effective = args.length == 0 ? new String[] {"--help"} : args;
        System.exit(DeepDrillCommand.run(effective, System.in, System.out, System.err));
    }
}
