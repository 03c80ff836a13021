package org.deepdrill.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exit codes of every command, in one place: the code returns these, every {@code --help}
 * prints {@link #TABLE}, and the README quotes it (a test keeps the three the same).
 */
final class ExitCodes {
    /** Done: every request answered, no problem found, every key printed. */
    static final int OK = 0;
    /** The banks have problems, each printed as file:line:column: message (validate, answers). */
    static final int PROBLEMS = 1;
    /** Could not run, or bad input: nothing was checked, or a request got an "error". */
    static final int CANNOT_RUN = 2;

    /** Code → meaning, as --help and the README print it. */
    static final Map<String, String> TABLE = table();

    private ExitCodes() {
    }

    private static Map<String, String> table() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put(String.valueOf(OK), "done: every request answered (compute, check), no problem found"
                + " (validate), every key printed (answers), every history scheduled (schedule), progress exported or imported"
                + " (progress), the file written (export: skipped questions are named)");
        t.put(String.valueOf(PROBLEMS), "problems in the banks, each printed as file:line:column: message"
                + " (validate, answers, export)");
        t.put(String.valueOf(CANNOT_RUN), "cannot run or bad input: a usage error, a file or folder that does not"
                + " exist, a folder with no banks, input that is not JSON, a variant count outside 1 to 100 or an output that"
                + " cannot be written (export), a progress file that cannot be used or read (progress: an import then changes"
                + " nothing), or a request answered with an \"error\" (compute, check, schedule)");
        return java.util.Collections.unmodifiableMap(t);
    }
}
