package org.deepdrill.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** Placeholder until the CLI lands. */
public final class DeepDrillCommand {
    private DeepDrillCommand() {
    }

    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return 0;
    }
}
