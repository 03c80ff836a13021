package org.deepdrill.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** The streams a command uses, injected so tests run commands in-process. */
record Io(InputStream in, PrintStream out, PrintStream err) {
}
