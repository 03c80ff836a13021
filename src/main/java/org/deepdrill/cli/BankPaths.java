package org.deepdrill.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.deepdrill.bank.BankLoader;

/**
 * The PATH arguments of validate and answers, checked before any bank is read: a path that does
 * not exist, or a folder with no bank in it, means there is nothing to check, which is not the
 * same as "no problems". Messages quote each path as it was typed ({@code question/}, with its
 * slash), since that is what the user will look for.
 */
final class BankPaths {
    private BankPaths() {
    }

    /** The one-line reason the command cannot run. */
    static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;

        Problem(String message) {
            super(message);
        }
    }

    static List<Path> of(String command, List<String> typed) throws Problem {
        List<Path> paths = new ArrayList<>();
        for (String t : typed) {
            Path p;
            try {
                p = Path.of(t);
            } catch (InvalidPathException e) {
                throw new Problem(command + ": not a valid path: " + t);
            }
            if (!Files.exists(p)) {
                throw new Problem(command + ": no such file or folder: " + t);
            }
            if (Files.isDirectory(p) && banksIn(p, command, t).isEmpty()) {
                throw new Problem(command + ": no banks in " + t + " (a bank is a .json file in the folder or below it)");
            }
            paths.add(p);
        }
        return paths;
    }

    private static List<Path> banksIn(Path folder, String command, String typed) throws Problem {
        try {
            // links out of the folder are reported when the banks are read; here only the count matters
            return BankLoader.bankFiles(List.of(folder), skipped -> { });
        } catch (IOException e) {
            throw new Problem(command + ": cannot read the folder " + typed + ": " + e.getMessage());
        }
    }
}
