package org.deepdrill.study;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Where the app keeps the failures it recovers from (a key that cannot be computed, banks that
 * cannot be read): records of the {@code org.deepdrill} loggers, with their stack traces, in a
 * rotating file in the data folder that the app opens when it starts ({@link #writeTo}). Never
 * on the console: the command line's stderr is its contract, and until a file is opened (the
 * command line and the tests never open one) the records go nowhere.
 */
public final class FailureLog {
    /** {@code %g} counts the files: {@code deepdrill.0.log} is the newest. */
    public static final String FILE_PATTERN = "deepdrill.%g.log";
    static final int FILE_LIMIT_BYTES = 1_000_000;
    static final int FILE_COUNT = 3;

    /** Held here: a logger that nothing references may be collected and lose its handler. */
    private static final Logger ROOT = Logger.getLogger("org.deepdrill");

    static {
        ROOT.setUseParentHandlers(false);
    }

    private static FileHandler file;

    private FailureLog() {
    }

    /** Records that {@code what} failed in {@code where}, with {@code cause}'s stack trace. */
    public static void record(Class<?> where, String what, Throwable cause) {
        Logger.getLogger(where.getName()).log(Level.WARNING, what, cause);
    }

    /**
     * From now on, records go to {@link #FILE_PATTERN} in {@code folder} (1 MB a file, the last
     * three kept). False, and records go nowhere, when that file cannot be opened: a log must
     * never stop the app.
     */
    public static synchronized boolean writeTo(Path folder) {
        stopWriting();
        try {
            Files.createDirectories(folder);
            FileHandler handler = new FileHandler(folder.resolve(FILE_PATTERN).toString(), FILE_LIMIT_BYTES, FILE_COUNT, true);
            handler.setEncoding(StandardCharsets.UTF_8.name());
            handler.setFormatter(new SimpleFormatter());
            ROOT.addHandler(handler);
            file = handler;
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Closes the file opened by {@link #writeTo}, if any. */
    public static synchronized void stopWriting() {
        if (file != null) {
            ROOT.removeHandler(file);
            file.close();
            file = null;
        }
    }
}
